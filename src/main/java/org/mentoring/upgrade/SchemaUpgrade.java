package org.mentoring.upgrade;

import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * One change to the app's Active Objects schema from 1.0.0 on: the model version it brings the data to and the work.
 * Jira and Confluence run the steps as {@code ActiveObjectsUpgradeTask}s (one tiny subclass of
 * {@code host.ao.SchemaUpgradeTask} per step, declared as an {@code <upgradeTask>} in the {@code <ao>} module); the
 * standalone host runs the same list ({@code SchemaMigration}). Both run every step newer than the stored model version,
 * oldest first, before the current entities are migrated; a fresh database runs every step too, so a step copes with
 * empty or missing tables.
 *
 * <h2>Adding a step</h2>
 * <ul>
 * <li><b>A new entity (new table)</b>: one line in {@link SchemaUpgrades#ALL},
 * {@code SchemaUpgrades.newTables(4, MatchApplicationEntity.class)} (the next model version), then
 * {@code public final class V4UpgradeTask extends SchemaUpgradeTask { public V4UpgradeTask() { super(4); } }} in
 * {@code host.ao.upgrade} and its {@code <upgradeTask>} line in atlassian-plugin.xml ({@code SchemaUpgradeTest} fails
 * until all three agree). Also add the {@code <entity>} line, as for any entity.</li>
 * <li><b>A new or changed column</b>: copy the entity as released into {@code upgrade/vN/} (the frozen copy, same
 * {@code @Table}, never edited again), write a step class whose {@link #upgrade} migrates to the new shape and moves
 * the data with {@link UpgradeStore#forEachPage} (never the current entity classes, which later releases change), and
 * name the frozen copy in {@link #replaces()}. {@code SchemaUpgradeTest} rebuilds the previous release's schema from the
 * current entities and these copies and checks it against the recorded baseline, so a forgotten copy fails it.</li>
 * </ul>
 * A step may run again after a failure (Jira and Confluence roll back its transaction; the standalone host's HSQLDB does
 * not roll back DDL): write it so that a second run changes nothing more.
 */
public interface SchemaUpgrade {
    /** The model version after this step (1.0.0 is {@link SchemaUpgrades#BASELINE}). */
    int modelVersion();

    /** Migrates to the step's entities and moves the data; runs once, before the app's current entities are migrated. */
    void upgrade(UpgradeStore store);

    /** Entities this step brings in (tables that did not exist before it). */
    default List<Class<? extends RawEntity<?>>> introduces() {
        return List.of();
    }

    /**
     * Entities this step changes, each mapped to the frozen copy of it as it was before the step. The key is the entity
     * as this step leaves it: the current class, or the frozen copy a later step made of it.
     */
    default Map<Class<? extends RawEntity<?>>, Class<? extends RawEntity<?>>> replaces() {
        return Map.of();
    }
}
