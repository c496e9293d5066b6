package org.mentoring.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The shared test host's clock: each test hands in its own (the system clock, or a {@link MutableClock} it moves). */
final class SwitchableClock extends Clock {
    private volatile Clock current = Clock.systemUTC();

    void use(Clock clock) {
        this.current = clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
