package org.mentoring.goal;

import java.time.Instant;
import java.time.LocalDate;
import org.mentoring.access.Visibility;

/** A check-in as a viewer may see it: {@code note} is null when its visibility keeps it from them. */
public record CheckIn(long id, long goalId, String authorKey, LocalDate on, Instant recordedAt, int progress,
                      String note, Visibility noteVisibility) {
}
