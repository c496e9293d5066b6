package org.mentoring.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A session as one viewer may see it: the shared record, the action items, and {@code privateNote} — the
 * viewer's own private note, never anyone else's (null when they have none).
 */
public record Session(long id, long relationshipId, LocalDate heldOn, Integer durationMinutes, String topics,
                      String sharedNotes, String privateNote, LocalDate nextMeetingOn, String loggedBy, String updatedBy,
                      Instant createdAt, Instant updatedAt, int version, List<ActionItem> actionItems) {
    public Session {
        actionItems = List.copyOf(actionItems);
    }
}
