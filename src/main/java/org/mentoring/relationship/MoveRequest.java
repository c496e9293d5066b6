package org.mentoring.relationship;

/**
 * The optional parts of a lifecycle move: a note (a decline reason, a pause note, a closing
 * reflection; an early end's reason is always private), its visibility, and the version the caller saw.
 */
public record MoveRequest(String note, String noteVisibility, Integer version) {
    public static MoveRequest none() {
        return new MoveRequest(null, null, null);
    }
}
