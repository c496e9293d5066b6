package org.mentoring.upgrade;

/**
 * One change to the app's Active Objects schema from 1.0.0 on: the model version it brings the data to and the work.
 * Each one ships with a frozen copy of the entities it starts from ({@code upgrade/vN/}), is listed in
 * {@link SchemaUpgrades#ALL}, and is declared in the {@code ao} module as an {@code <upgradeTask>} (an
 * {@code ActiveObjectsUpgradeTask} adapter in {@code host.ao} per step) so Jira and Confluence run it; the standalone
 * host runs the same list. {@code SchemaUpgradeTest} starts from the previous release's schema and data.
 */
public interface SchemaUpgrade {
    /** The model version after this step (1.0.0 is {@link SchemaUpgrades#BASELINE}). */
    int modelVersion();

    /** Migrates to the step's entities and moves the data; runs once, before the app's current entities are migrated. */
    void upgrade(net.java.ao.EntityManager entityManager) throws java.sql.SQLException;
}
