package org.mentoring.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.mentoring.host.Settings;

/** When the daily digest goes: at a UTC hour administrators may set ({@value #KEY}, default {@value #DEFAULT_HOUR}). */
public final class DigestSchedule {
    public static final String KEY = "org.mentoring.mail.digestHour";
    static final int DEFAULT_HOUR = 7;

    private final Settings settings;
    private final Clock clock;

    public DigestSchedule(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The first digest time strictly after now. */
    public long next() {
        int hour = settings.get(KEY).flatMap(DigestSchedule::hour).orElse(DEFAULT_HOUR);
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        ZonedDateTime today = LocalDate.from(now).atTime(hour, 0).atZone(ZoneOffset.UTC);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant().toEpochMilli();
    }

    private static java.util.Optional<Integer> hour(String value) {
        try {
            int h = Integer.parseInt(value.strip());
            return h >= 0 && h < 24 ? java.util.Optional.of(h) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
