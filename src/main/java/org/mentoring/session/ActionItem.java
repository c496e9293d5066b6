package org.mentoring.session;

import java.time.LocalDate;

/** An action item of a session; {@code goalId}/{@code milestoneId} say what it became, if anything. */
public record ActionItem(long id, long sessionId, String text, String ownerKey, LocalDate dueOn, boolean done,
                         Long goalId, Long milestoneId, int version) {
    public boolean converted() {
        return goalId != null;
    }
}
