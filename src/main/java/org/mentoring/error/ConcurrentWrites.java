package org.mentoring.error;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mentoring.host.StoreException;

/**
 * Writes that lost a race to a concurrent writer, run again from the start with fresh data so their rules are
 * checked against what the winner wrote. The pause grows and is jittered, since some databases (HSQLDB's MVCC)
 * refuse the loser before the winner has committed. After {@link #ATTEMPTS} tries the caller gets 409.
 */
public final class ConcurrentWrites {
    public static final int ATTEMPTS = 5;

    private ConcurrentWrites() {
    }

    /**
     * Runs one outermost transaction ({@code work}), again while the database says it lost a race (a serialization
     * failure, a deadlock victim, a unique key taken by a concurrent writer). Refusals from the core never retry.
     * Every transaction port calls this once around its outermost transaction: every write path has this retry.
     */
    public static <T> T retrying(Supplier<T> work) {
        return retrying(work, e -> !(e instanceof DomainException) && StoreException.isConcurrentWriteConflict(e));
    }

    /** Runs {@code work}; a failure {@code lostRace} recognises is retried, anything else propagates unchanged. */
    public static <T> T retrying(Supplier<T> work, Predicate<RuntimeException> lostRace) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!lostRace.test(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(Problem.of(null, "mentoring.error.concurrent"));
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((20L << attempt) + ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException(Problem.of(null, "mentoring.error.concurrent"));
        }
    }
}
