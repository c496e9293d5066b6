package org.mentoring.relationship;

/** What a history entry records. Lifecycle moves are recorded under their own name. */
public enum EventType {
    PROPOSE, ACCEPT, DECLINE, WITHDRAW, EXPIRE, PAUSE, RESUME, COMPLETE, END, KEEP_IN_TOUCH,
    AGREEMENT_UPDATE, AGREEMENT_ACCEPT, REFLECT;

    static EventType of(Move move) {
        return valueOf(move.name());
    }
}
