package com.atlassian.activeobjects.external;

/** Signature-only stub: an Active Objects upgrade task, declared as {@code <upgradeTask>} in the {@code <ao>} module. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
