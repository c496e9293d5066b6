package org.mentoring.testing;

import java.time.Clock;
import java.time.Instant;

/** The shared test host's clock: each test hands in its own (the system clock, or a {@link MutableClock} it moves). */
final class SwitchableClock extends UtcClock {
    private volatile Clock current = Clock.systemUTC();

    void use(Clock clock) {
        this.current = clock;
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
