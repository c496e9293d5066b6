package org.mentoring.host.standalone;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.mentoring.upgrade.SchemaUpgrade;

/**
 * Brings the standalone host's database to the current schema as Active Objects does inside Jira and Confluence: the
 * upgrade steps newer than the model version stored in the database (none stored counts as 0, so a fresh or a 1.0.0
 * database runs every step), oldest first, recording the version after each; then the current entities. Callers hold
 * {@link SchemaLock}, so nodes starting together run each step once.
 */
public final class SchemaMigration {
    /** The settings row holding the model version (the hosts keep theirs in Active Objects' own plugin settings). */
    public static final String MODEL_VERSION = "org.mentoring.schema.modelVersion";

    private SchemaMigration() {
    }

    @SuppressWarnings("unchecked")
    static void run(EntityManager em, List<SchemaUpgrade> steps, List<Class<? extends RawEntity<?>>> entities) throws SQLException {
        em.migrate(StandaloneSettingEntity.class);
        int stored = stored(em);
        for (SchemaUpgrade step : steps) {
            if (step.modelVersion() > stored) {
                step.upgrade(new EntityManagerUpgradeStore(em));
                store(em, step.modelVersion());
                stored = step.modelVersion();
            }
        }
        em.migrate(entities.toArray(new Class[0]));
    }

    /** The model version the database was last brought to; 0 when none was recorded. */
    static int stored(EntityManager em) throws SQLException {
        StandaloneSettingEntity[] rows = em.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", MODEL_VERSION);
        return rows.length == 0 ? 0 : Integer.parseInt(rows[0].getValue());
    }

    private static void store(EntityManager em, int version) throws SQLException {
        StandaloneSettingEntity[] rows = em.find(StandaloneSettingEntity.class, StandaloneSettingEntity.NAME + " = ?", MODEL_VERSION);
        if (rows.length == 0) {
            em.create(StandaloneSettingEntity.class, Map.of(StandaloneSettingEntity.NAME, MODEL_VERSION,
                    StandaloneSettingEntity.VALUE, Integer.toString(version)));
        } else {
            rows[0].setValue(Integer.toString(version));
            rows[0].save();
        }
    }
}
