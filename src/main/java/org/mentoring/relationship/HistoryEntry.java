package org.mentoring.relationship;

import java.time.Instant;
import org.mentoring.access.Visibility;

/**
 * One entry of a relationship's history as a given viewer may see it: {@code note} is null when the
 * viewer may not read it (a private note of the other member), so nothing of it leaks.
 * {@code actorKey} is null and {@code actorRole} "SYSTEM" for automatic changes.
 */
public record HistoryEntry(
        int seq,
        EventType type,
        String actorKey,
        String actorRole,
        Instant at,
        RelationshipStatus from,
        RelationshipStatus to,
        String note,
        Visibility noteVisibility) {
}
