package org.mentoring.goal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.RuleViolationException;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/**
 * Both members writing goals at the same moment (as on two cluster nodes), at READ COMMITTED: every write either
 * lands or is refused with a 409-kind refusal, never a database error, and the stored summary counts every goal.
 */
public class GoalConcurrencyTest {
    private static final int WRITERS = 6;

    private MentoringFixture f;
    private ExecutorService pool;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        pool = Executors.newFixedThreadPool(WRITERS);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void tearDown() {
        pool.shutdownNow();
    }

    /** Runs every writer at once (lined up on a barrier); each outcome is the value or the refusal it ended with. */
    private List<Object> together(List<Callable<Object>> writers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers.size());
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> writer : writers) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return writer.call();
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ConflictException || e.getCause() instanceof RuleViolationException)) {
                    throw new AssertionError("a writer failed with something other than a 409 refusal", e.getCause());
                }
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    @Test
    public void goalsCreatedByBothMembersAtOnceAllLandAndAreAllCounted() throws Exception {
        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String who = i % 2 == 0 ? MENTOR : MENTEE;
            String title = "Goal " + i;
            writers.add(() -> f.goals.create(who, r.id(), new GoalInput(title, null, null, null, null, null)));
        }
        List<Object> outcomes = together(writers);
        long created = outcomes.stream().filter(Goal.class::isInstance).count();
        assertEquals(outcomes.toString(), WRITERS, created);
        assertEquals(WRITERS, f.goals.ofRelationship(MENTOR, r.id(), java.util.Set.of(), PageRequest.first(50)).goals().total());
        assertEquals("the stored summary lost no concurrent goal", WRITERS, f.goals.progress(f.relationships.view(MENTOR, r.id())).total());
    }

    @Test
    public void transitionsOfOneGoalByBothMembersAtOnceApplyInTurnOrAreRefused() throws Exception {
        Goal goal = f.goals.create(MENTEE, r.id(), new GoalInput("Lead a review", null, "Two reviews run", null, "2027-06-01", null));
        List<Callable<Object>> writers = List.of(
                () -> f.goals.transition(MENTOR, goal.id(), 11, Map.of(), null),
                () -> f.goals.transition(MENTEE, goal.id(), 91, Map.of("reason", "Changed course"), null),
                () -> f.goals.checkIn(MENTEE, goal.id(), 40, null, "Half way", null),
                () -> f.goals.edit(MENTOR, goal.id(), new GoalInput("Lead two reviews", null, "Two reviews run", null, "2027-06-01", null), null));
        List<Object> outcomes = together(writers);
        long applied = outcomes.stream().filter(Goal.class::isInstance).count();
        assertTrue(outcomes.toString(), applied >= 1);
        Goal after = f.goals.get(MENTOR, goal.id());
        assertEquals("one history entry per applied change, none lost: " + outcomes, goal.version() + applied, after.version());
    }

    @Test
    public void staleVersionsRacingLeaveOneWinner() throws Exception {
        Goal goal = f.goals.create(MENTEE, r.id(), new GoalInput("Lead a review", null, null, null, null, null));
        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String title = "Title " + i;
            String who = i % 2 == 0 ? MENTOR : MENTEE;
            writers.add(() -> f.goals.edit(who, goal.id(), new GoalInput(title, null, null, null, null, null), goal.version()));
        }
        List<Object> outcomes = together(writers);
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Goal.class::isInstance).count());
        assertEquals(outcomes.toString(), 3, outcomes.stream().filter(ConflictException.class::isInstance).count());
        assertEquals(goal.version() + 1, f.goals.get(MENTOR, goal.id()).version());
    }
}
