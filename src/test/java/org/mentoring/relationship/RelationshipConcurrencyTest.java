package org.mentoring.relationship;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.StoreException;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/**
 * Racing writers (as on two cluster nodes) and failures halfway through, on a real database.
 * A barrier holds each writer just before the insert that decides the race, so both have read the
 * same state: the race happens every run, not by luck.
 */
public class RelationshipConcurrencyTest {
    private MentoringFixture f;

    @Before
    public void setUp() {
        f = new MentoringFixture();
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    /** Both writers wait here (at most a few seconds, in case the database already serialized them). */
    private void lineUpBefore(Class<?> entity, Predicate<Object> onlyIf) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        f.store.beforeCreate((type, values) -> {
            if (type == entity && onlyIf.test(values)) {
                Race.meet(barrier);
            }
        });
    }

    private List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        return Race.run(a, b);
    }

    private static long count(List<Object> outcomes, Class<?> type) {
        return outcomes.stream().filter(type::isInstance).count();
    }

    @Test
    public void twoAcceptancesRacingLeaveOneConsistentResult() throws Exception {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        lineUpBefore(RelationshipEventEntity.class, values -> true);

        List<Object> outcomes = race(
                () -> f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none()),
                () -> f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none()));

        assertEquals(outcomes.toString(), 1, count(outcomes, Relationship.class));
        assertEquals(outcomes.toString(), 1, count(outcomes, ConflictException.class) + count(outcomes, RuleViolationException.class));
        f.store.beforeCreate((type, values) -> { });
        Relationship after = f.relationships.get(MENTOR, r.id());
        assertEquals(RelationshipStatus.ACTIVE, after.status());
        assertEquals(2, after.version());
        assertEquals(2, f.relationships.history(MENTOR, r.id(), PageRequest.first(10)).total());
        assertEquals("one capacity slot, not two", 1,
                f.store.find(ClaimEntity.class, ClaimEntity.KIND + " = ?", "SLOT").length);
    }

    @Test
    public void twoDifferentMovesRacingOneWinsTheOtherIsToldToReload() throws Exception {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        Relationship active = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        lineUpBefore(RelationshipEventEntity.class, values -> true);

        // Both sent the version they saw: the loser runs again with fresh data and finds it stale.
        List<Object> outcomes = race(
                () -> f.relationships.move(MENTOR, r.id(), Move.PAUSE, new MoveRequest(null, null, active.version())),
                () -> f.relationships.move(MENTEE, r.id(), Move.COMPLETE, new MoveRequest(null, null, active.version())));

        assertEquals(outcomes.toString(), 1, count(outcomes, Relationship.class));
        assertEquals(outcomes.toString(), 1, count(outcomes, ConflictException.class));
        Relationship winner = (Relationship) outcomes.stream().filter(Relationship.class::isInstance).findFirst().orElseThrow();
        f.store.beforeCreate((type, values) -> { });
        Relationship after = f.relationships.get(MENTOR, r.id());
        assertEquals(winner.status(), after.status());
        assertEquals(active.version() + 1, after.version());
    }

    @Test
    public void twoDifferentMovesRacingWithoutVersionsApplyInTurnOrAreRefusedByTheRules() throws Exception {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        Relationship active = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        lineUpBefore(RelationshipEventEntity.class, values -> true);

        List<Object> outcomes = race(
                () -> f.relationships.move(MENTOR, r.id(), Move.PAUSE, MoveRequest.none()),
                () -> f.relationships.move(MENTEE, r.id(), Move.COMPLETE, MoveRequest.none()));

        // The loser ran again on the winner's state: paused then completed, or completed and then refused pausing.
        f.store.beforeCreate((type, values) -> { });
        Relationship after = f.relationships.get(MENTOR, r.id());
        assertEquals(RelationshipStatus.COMPLETED, after.status());
        long applied = count(outcomes, Relationship.class);
        assertEquals(outcomes.toString(), 2, applied + count(outcomes, RuleViolationException.class));
        assertEquals(active.version() + applied, after.version());
        assertEquals(after.version(), f.relationships.history(MENTOR, r.id(), PageRequest.first(10)).total());
    }

    @Test
    public void racingActivationsNeverExceedTheMentorsCapacity() throws Exception {
        f.capacity.set(MENTOR, MENTOR, 1);
        Relationship a = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        Relationship b = f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        lineUpBefore(ClaimEntity.class, values -> "SLOT".equals(((java.util.Map<?, ?>) values).get(ClaimEntity.KIND)));

        List<Object> outcomes = race(
                () -> f.relationships.move(MENTOR, a.id(), Move.ACCEPT, MoveRequest.none()),
                () -> f.relationships.move(MENTOR, b.id(), Move.ACCEPT, MoveRequest.none()));

        assertEquals(outcomes.toString(), 1, count(outcomes, Relationship.class));
        RuleViolationException refused = (RuleViolationException) outcomes.stream()
                .filter(RuleViolationException.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("the loser should learn the mentor is full: " + outcomes));
        assertEquals("mentoring.relationship.capacity.full", refused.problems().get(0).key());
        f.store.beforeCreate((type, values) -> { });
        long activeCount = List.of(a, b).stream()
                .filter(x -> f.relationships.get(MENTOR, x.id()).status() == RelationshipStatus.ACTIVE).count();
        assertEquals(1, activeCount);
    }

    @Test
    public void racingProposalsForTheSamePairCreateOneRelationship() throws Exception {
        lineUpBefore(ClaimEntity.class, values -> "PAIR".equals(((java.util.Map<?, ?>) values).get(ClaimEntity.KIND)));

        List<Object> outcomes = race(
                () -> f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "from the mentee")),
                () -> f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "from the mentor")));

        assertEquals(outcomes.toString(), 1, count(outcomes, Relationship.class));
        assertEquals(outcomes.toString(), 1, count(outcomes, RuleViolationException.class));
        f.store.beforeCreate((type, values) -> { });
        assertEquals("the loser's row was rolled back", 1,
                f.store.find(RelationshipEntity.class, "ID > ?", 0).length);
        assertEquals(1, f.store.find(RelationshipEventEntity.class, "ID > ?", 0).length);
    }

    @Test
    public void aFailureHalfwayThroughAProposalLeavesNothingBehind() {
        f.store.beforeCreate((type, values) -> {
            if (type == RelationshipEventEntity.class) {
                throw new StoreException("disk full", new java.sql.SQLException("disk full", "53100"));
            }
        });
        assertThrows(StoreException.class, () ->
                f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null)));
        f.store.beforeCreate((type, values) -> { });
        assertEquals(0, f.store.find(RelationshipEntity.class, "ID > ?", 0).length);
        assertEquals(0, f.store.find(ClaimEntity.class, "ID > ?", 0).length);
        assertTrue("the pair is still free", f.relationships.propose(MENTEE,
                new Proposal(MENTOR, MENTEE, "INFORMAL", null, null)).id() > 0);
    }

    @Test
    public void aFailureHalfwayThroughAMoveLeavesTheRelationshipAsItWas() {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.store.beforeCreate((type, values) -> {
            if (type == ClaimEntity.class) {
                throw new StoreException("connection lost", new java.sql.SQLException("connection lost", "08006"));
            }
        });
        assertThrows(StoreException.class, () -> f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none()));
        f.store.beforeCreate((type, values) -> { });
        Relationship after = f.relationships.get(MENTOR, r.id());
        assertEquals(RelationshipStatus.PROPOSED, after.status());
        assertEquals(1, after.version());
        assertEquals("the history entry was rolled back too", 1,
                f.relationships.history(MENTOR, r.id(), PageRequest.first(5)).total());
    }
}
