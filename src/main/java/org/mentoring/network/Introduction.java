package org.mentoring.network;

import java.time.Instant;
import java.util.List;
import org.mentoring.access.Role;

/**
 * An introduction as one viewer may see it: what the access policy keeps from them is null ({@code askerKey} and
 * {@code purpose} for the introduced person before they accept; {@code introducedKey} and the {@code note} addressed
 * to them for the asker until then).
 * {@code role} is the viewer's role towards it, {@code asker} whether they asked for it. {@code history} is null in
 * lists (one introduction at a time carries it, so a list stays one query).
 */
public record Introduction(long id, long relationshipId, IntroductionStatus status, String askerKey, String askedKey,
                           String wantedKey, String wantedText, String purpose, String introducedKey, String note,
                           Instant createdAt, Instant updatedAt, int version, Role role, boolean asker,
                           List<IntroductionMove> moves, List<Event> history) {
    public Introduction {
        moves = List.copyOf(moves);
        history = history == null ? null : List.copyOf(history);
    }

    /** One history entry; {@code actorKey} is null where the viewer may not learn who it was. */
    public record Event(int seq, String type, String actorKey, Instant at) {
    }
}
