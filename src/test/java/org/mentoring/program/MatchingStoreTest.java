package org.mentoring.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.audit.StoredAuditLog;
import org.mentoring.error.DomainException;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/** Matching on a real database (HSQLDB, or PostgreSQL with -Ppostgres): two managers publishing the same run at once. */
public class MatchingStoreTest {
    private MentoringFixture f;
    private long program;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        program = f.graph.programs().create(ADMIN, new ProgramInput("Onboarding", null, null, "ALWAYS_ON", null, null, null, null,
                null, null, null, 2, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MANAGER);
        f.graph.programs().move(MANAGER, program, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, program, true, false, null);
        f.graph.enrolments().enrol(MENTEE, program, false, true, null);
        f.graph.enrolments().enrol(MENTEE2, program, false, true, null);
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    @Test
    public void twoManagersPublishingAtOnceProposeEachPairOnce() throws Exception {
        MatchingService matching = f.graph.matching();
        MatchingService.Run run = matching.run(MANAGER, program);
        assertEquals(2, run.matched());
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == MatchPublicationEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> matching.publish(MANAGER, program, run.seq()), () -> matching.publish(ADMIN, program, run.seq()));
        f.store.beforeCreate((type, values) -> { });
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(MatchingService.Published.class::isInstance).count());
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(DomainException.class::isInstance).count());
        assertEquals("one proposal per pair", 2, f.store.find(RelationshipEntity.class, "ID > ?", 0).length);
        assertEquals("one publication audited", 1, published().size());
    }

    @Test
    public void publishingIsAuditedWithTheProgramAndItsPairCountAndARefusedOneIsNot() {
        MatchingService matching = f.graph.matching();
        MatchingService.Run run = matching.run(MANAGER, program);
        assertEquals("running is not publishing", List.of(), published());
        matching.publish(MANAGER, program, run.seq());
        List<StoredAuditLog.Recorded> entries = published();
        assertEquals(1, entries.size());
        StoredAuditLog.Recorded entry = entries.get(0);
        assertEquals(MANAGER, entry.actorKey());
        assertEquals(Long.toString(program), entry.details().get("programId"));
        assertEquals("2", entry.details().get("pairs"));
        assertEquals("Onboarding", entry.details().get("program"));
        assertFalse("the audit names no paired person", entry.details().containsValue(MENTEE) || entry.details().containsValue(MENTOR));
        assertThrows(DomainException.class, () -> matching.publish(MANAGER, program, run.seq()));
        assertEquals("publishing again is refused and not audited", 1, published().size());
    }

    private List<StoredAuditLog.Recorded> published() {
        return f.graph.storedAudit().list(PageRequest.first(50)).values().stream()
                .filter(e -> e.action().equals("matching.published")).toList();
    }
}
