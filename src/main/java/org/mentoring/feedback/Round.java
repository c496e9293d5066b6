package org.mentoring.feedback;

import java.time.Instant;

/**
 * A blind feedback round as a viewer may see it: who has submitted (never what), the deadline, and whether
 * it is revealed. {@code revealedAt} is when both had submitted, or the deadline once it has passed.
 * {@code viewerMaySubmit} is true for a member who has not submitted yet while it is open.
 */
public record Round(long id, long relationshipId, String openedBy, Instant openedAt, Instant deadline,
                    boolean mentorSubmitted, boolean menteeSubmitted, State state, Instant revealedAt, boolean viewerMaySubmit) {
    public enum State {
        /** Waiting for submissions: what is submitted stays with its author. */
        OPEN,
        /** Both submitted, or the deadline passed: what was submitted is readable. */
        REVEALED
    }
}
