package org.mentoring.error;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Writes that lost a race to a concurrent writer, run again from the start with fresh data so their rules are
 * checked against what the winner wrote. The pause grows and is jittered, since some databases (HSQLDB's MVCC)
 * refuse the loser before the winner has committed. After {@link #ATTEMPTS} tries the caller gets 409.
 */
public final class ConcurrentWrites {
    public static final int ATTEMPTS = 5;

    private ConcurrentWrites() {
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
