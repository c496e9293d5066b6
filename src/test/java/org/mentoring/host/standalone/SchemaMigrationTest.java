package org.mentoring.host.standalone;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Test;
import org.mentoring.testing.StoreTestDatabase;
import org.mentoring.upgrade.SchemaUpgrade;
import org.mentoring.upgrade.sample.NoteEntity;
import org.mentoring.upgrade.sample.NoteLengthUpgrade;
import org.mentoring.upgrade.sample.v1.NoteEntityV1;

/**
 * The standalone host upgrades its database as Active Objects does in the hosts: the steps after the model version
 * stored in the database, once per cluster (two nodes starting together on one database, PostgreSQL with -Ppostgres),
 * before the current entities; a fresh database runs every step.
 */
public class SchemaMigrationTest {
    private static final String DATABASE = "schema_migration";
    private final List<EntityManager> nodes = new ArrayList<>();

    @After
    public void dropTheDatabase() {
        nodes.forEach(em -> em.getProvider().dispose());
        StoreTestDatabase.dropDatabase(DATABASE);
    }

    private EntityManager node(String name) {
        EntityManager em = StoreTestDatabase.emptyDatabase(name);
        nodes.add(em);
        return em;
    }

    @Test
    public void twoNodesStartingTogetherRunAStepOnceAndRecordItsModelVersion() throws Exception {
        StoreTestDatabase.dropDatabase(DATABASE);
        EntityManager first = node(DATABASE);
        EntityManager second = node(DATABASE);
        first.migrate(NoteEntityV1.class);
        for (int i = 0; i < 95; i++) {
            first.create(NoteEntityV1.class, Collections.singletonMap("TEXT", "n" + i));
        }
        NoteLengthUpgrade step = new NoteLengthUpgrade(2);
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = List.of(starts.submit(() -> StandaloneApp.migrate(first, List.of(step))),
                    starts.submit(() -> StandaloneApp.migrate(second, List.of(step))));
            for (Future<?> start : both) {
                start.get();
            }
        } finally {
            starts.shutdown();
        }
        assertEquals("the step ran once in the cluster", 1, step.runs.get());
        assertEquals(2, SchemaMigration.stored(second));
        assertEquals(95, first.count(NoteEntity.class, net.java.ao.Query.select().where("TEXT_LENGTH IS NOT NULL")));

        StandaloneApp.migrate(second, List.of(step));
        assertEquals("a restart runs nothing again", 1, step.runs.get());
    }

    @Test
    public void aFreshDatabaseRunsEveryStepOnEmptyTablesThenMigratesTheCurrentEntities() throws Exception {
        StoreTestDatabase.dropDatabase(DATABASE);
        EntityManager em = node(DATABASE);
        NoteLengthUpgrade second = new NoteLengthUpgrade(2);
        NoteLengthUpgrade third = new NoteLengthUpgrade(3);
        List<SchemaUpgrade> steps = List.of(second, third);
        StandaloneApp.migrate(em, steps);
        assertEquals(1, second.runs.get());
        assertEquals(1, third.runs.get());
        assertEquals(3, SchemaMigration.stored(em));
        assertEquals("the current entities are there", 0, em.count(StandaloneSettingEntity.class,
                net.java.ao.Query.select().where("NAME = ?", "none")));
        assertEquals(0, em.count(org.mentoring.relationship.RelationshipEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void aDatabaseAtAModelVersionRunsOnlyTheLaterSteps() throws Exception {
        StoreTestDatabase.dropDatabase(DATABASE);
        EntityManager em = node(DATABASE);
        NoteLengthUpgrade second = new NoteLengthUpgrade(2);
        StandaloneApp.migrate(em, List.of(second));
        NoteLengthUpgrade third = new NoteLengthUpgrade(3);
        StandaloneApp.migrate(em, List.of(second, third));
        assertEquals(1, second.runs.get());
        assertEquals(1, third.runs.get());
        assertEquals(3, SchemaMigration.stored(em));
    }
}
