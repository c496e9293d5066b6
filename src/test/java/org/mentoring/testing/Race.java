package org.mentoring.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mentoring.error.DomainException;

/**
 * Two writers racing, as on two cluster nodes. Tests line them up at the point that decides the race with a
 * {@link CyclicBarrier} in a {@link ScriptedEntityStore} hook ({@link #meet}), so the race happens every run.
 */
public final class Race {
    /** The name prefix of the racing threads, for hooks that should hold only them. */
    public static final String THREAD = "race-";

    private Race() {
    }

    /** Runs both at once; each outcome is the value, or the domain refusal it ended with. Anything else fails. */
    public static List<Object> run(Callable<Object> a, Callable<Object> b) throws Exception {
        int[] n = {0};
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> new Thread(task, THREAD + (++n[0])));
        try {
            List<Future<Object>> futures = List.of(pool.submit(a), pool.submit(b));
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof DomainException)) {
                        throw new AssertionError("a racing writer failed unexpectedly", e.getCause());
                    }
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the other writer (at most a few seconds, in case the database already serialized them). */
    public static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            barrier.reset();
        }
    }
}
