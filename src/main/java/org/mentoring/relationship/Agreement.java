package org.mentoring.relationship;

import java.time.Instant;
import java.time.LocalDate;

/** What a pair agreed on. Both members accept each revision; an edit asks the other member again. */
public record Agreement(
        long relationshipId,
        String objectives,
        Cadence cadence,
        Integer cadenceDays,
        String channel,
        String confidentiality,
        LocalDate startDate,
        LocalDate plannedEndDate,
        int revision,
        boolean mentorAccepted,
        boolean menteeAccepted,
        String updatedBy,
        Instant updatedAt) {

    public boolean acceptedByBoth() {
        return mentorAccepted && menteeAccepted;
    }
}
