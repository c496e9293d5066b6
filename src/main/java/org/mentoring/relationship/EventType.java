package org.mentoring.relationship;

/** What a history entry records. Lifecycle moves are recorded under their own name. */
public enum EventType {
    PROPOSE, ACCEPT, DECLINE, WITHDRAW, EXPIRE, PAUSE, RESUME, COMPLETE, END, KEEP_IN_TOUCH,
    AGREEMENT_UPDATE, AGREEMENT_ACCEPT, REFLECT,
    /** A member left the host (deactivated): their active relationship is paused. Recorded with them as the actor. */
    DEPARTED_PAUSE,
    /** A member left the host: a proposal to or from them is withdrawn. Recorded with them as the actor. */
    DEPARTED_WITHDRAW,
    /** The program closed: the system completed the mentorship (or expired its proposal). */
    PROGRAM_CLOSE,
    /** The program closed and both members chose to go on: the mentorship became informal. */
    PROGRAM_LEAVE;

    static EventType of(Move move) {
        return valueOf(move.name());
    }
}
