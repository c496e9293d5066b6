package org.mentoring.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.mentoring.upgrade.SchemaUpgrade;
import org.mentoring.upgrade.SchemaUpgrades;

/**
 * Runs one step of {@link SchemaUpgrades#ALL} as Jira's and Confluence's Active Objects upgrade task. Active Objects
 * builds each class named in an {@code <upgradeTask>} through the plugin's container, so each step gets a subclass
 * with a public no-argument constructor naming its model version (in {@code host.ao.upgrade}):
 * {@code public final class V2UpgradeTask extends SchemaUpgradeTask { public V2UpgradeTask() { super(2); } }}.
 */
public abstract class SchemaUpgradeTask implements ActiveObjectsUpgradeTask {
    private final SchemaUpgrade step;

    protected SchemaUpgradeTask(int modelVersion) {
        this(SchemaUpgrades.at(modelVersion));
    }

    SchemaUpgradeTask(SchemaUpgrade step) {
        this.step = step;
    }

    /** The model version as the step declares it; the declared tasks are checked against {@link SchemaUpgrades#ALL}. */
    public final int modelVersion() {
        return step.modelVersion();
    }

    @Override
    public final ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.modelVersion()));
    }

    @Override
    public final void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.upgrade(new ActiveObjectsUpgradeStore(ao));
    }
}
