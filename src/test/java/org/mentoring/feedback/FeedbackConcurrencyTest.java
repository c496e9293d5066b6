package org.mentoring.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.RuleViolationException;
import org.mentoring.testing.Race;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/**
 * Both members acting at the same moment (as on two cluster nodes): a barrier holds each just before the insert
 * that decides the race, so both have read the same state every run.
 */
public class FeedbackConcurrencyTest {
    private MentoringFixture f;
    private ExecutorService pool;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        pool = Executors.newFixedThreadPool(2);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
        pool.shutdownNow();
    }

    /** The first two inserts of {@code entity} wait for each other; retries go straight through. */
    private void lineUpBefore(Class<?> entity) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger arrivals = new AtomicInteger();
        f.store.beforeCreate((type, values) -> {
            if (type == entity && arrivals.incrementAndGet() <= 2) {
                try {
                    barrier.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    barrier.reset();
                }
            }
        });
    }

    private void both(Callable<Object> a, Callable<Object> b) throws Exception {
        List<Future<Object>> futures = List.of(pool.submit(a), pool.submit(b));
        for (Future<Object> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    public void membersSubmittingToARoundAtTheSameMomentRevealIt() throws Exception {
        Round round = f.feedback.openRound(MENTOR, r.id(), null);
        lineUpBefore(FeedbackSubmissionEntity.class);
        both(() -> f.feedback.give(MENTOR, r.id(), new FeedbackInput("GROWTH", "From the mentor", null, null, null, null), round.id()),
                () -> f.feedback.give(MENTEE, r.id(), new FeedbackInput("STRENGTH", "From the mentee", null, null, null, null), round.id()));
        Round after = f.feedback.round(MENTOR, round.id());
        assertTrue(after.mentorSubmitted() && after.menteeSubmitted());
        assertEquals("neither believed it was first: the round is revealed now, not at the deadline", Round.State.REVEALED, after.state());
        var forMentee = f.feedback.ofRelationship(MENTEE, r.id(), null, PageRequest.first(10)).feedback().values();
        assertEquals(2, forMentee.size());
        assertFalse(forMentee.stream().anyMatch(Feedback::hidden));
    }

    @Test
    public void acknowledgementsAtTheSameMomentHaveOneWinner() throws Exception {
        Feedback given = f.feedback.give(MENTOR, r.id(), new FeedbackInput("STRENGTH", "Well done", null, null, null, null), null);
        f.sent.clear();
        // Both read the feedback unacknowledged before either writes.
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger reads = new AtomicInteger();
        f.store.beforeFind(type -> {
            if (type == FeedbackEntity.class && Thread.currentThread().getName().startsWith(Race.THREAD) && reads.incrementAndGet() <= 2) {
                Race.meet(barrier);
            }
        });
        List<Object> outcomes = Race.run(() -> f.feedback.acknowledge(MENTEE, given.id()), () -> f.feedback.acknowledge(MENTEE, given.id()));
        f.store.beforeFind(type -> { });

        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(Feedback.class::isInstance).count());
        RuleViolationException loser = (RuleViolationException) outcomes.stream().filter(RuleViolationException.class::isInstance)
                .findFirst().orElseThrow(() -> new AssertionError("the loser is told it is acknowledged already: " + outcomes));
        assertEquals("mentoring.feedback.rule.acknowledged", loser.problems().get(0).key());
        assertEquals("the author hears of it once", 1, f.sent.stream().filter(n -> n.key().equals("mentoring.feedback.notify.acknowledged")).count());
    }

    @Test
    public void repliesAtTheSameMomentBothLandInOrder() throws Exception {
        Feedback given = f.feedback.give(MENTOR, r.id(), new FeedbackInput("STRENGTH", "Well done", null, null, null, null), null);
        lineUpBefore(FeedbackReplyEntity.class);
        both(() -> f.feedback.reply(MENTOR, given.id(), "First?"), () -> f.feedback.reply(MENTEE, given.id(), "Or me?"));
        var thread = f.feedback.replies(MENTEE, given.id(), PageRequest.first(10));
        assertEquals(2, thread.total());
        assertEquals(List.of(1, 2), thread.values().stream().map(Reply::seq).toList());
    }
}
