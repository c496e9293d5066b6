package org.mentoring.cluster;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import org.junit.After;
import org.junit.Test;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.testing.StoreTestDatabase;

/** Nodes starting at the same moment on an empty database all start: one creates the schema, the others wait for it. */
public class SchemaCreationTest {
    private final String database = "mentoring_nodes_" + Long.toString(System.nanoTime(), 36);

    @After
    public void drop() {
        StoreTestDatabase.dropDatabase(database);
    }

    @Test
    public void threeNodesStartingTogetherOnAnEmptyDatabaseAllStartAndShareOneSchema() throws Exception {
        int nodes = 3;
        List<EntityManager> databases = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            databases.add(StoreTestDatabase.emptyDatabase(database));
        }
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService starts = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<StandaloneApp>> started = new ArrayList<>();
            for (EntityManager em : databases) {
                started.add(starts.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return StandaloneApp.create(em, DemoUsers.directory(), Clock.systemUTC());
                }));
            }
            List<StandaloneApp> apps = new ArrayList<>();
            for (Future<StandaloneApp> f : started) {
                apps.add(f.get(120, TimeUnit.SECONDS)); // a node that died on "relation already exists" throws here
            }
            apps.get(0).graph.scope().setOrgWide(true);
            Relationship proposed = apps.get(1).graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null));
            for (StandaloneApp app : apps) {
                assertEquals(List.of(proposed.id()), app.graph.relationships().listMine("u-mara", RelationshipFilter.all(), PageRequest.first(10))
                        .values().stream().map(Relationship::id).toList());
            }
        } finally {
            starts.shutdownNow();
            for (EntityManager em : databases) {
                em.getProvider().dispose();
            }
        }
    }
}
