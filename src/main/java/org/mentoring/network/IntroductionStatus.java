package org.mentoring.network;

/** Where an introduction is. */
public enum IntroductionStatus {
    /** Asked; the other member has not answered. */
    ASKED,
    /** The asked member would not make it. */
    DECLINED,
    /** Someone was introduced; they have not answered. */
    INTRODUCED,
    /** The introduced person accepted: the asker and they are connected. */
    ACCEPTED,
    /** The introduced person declined. */
    REFUSED,
    /** The asker took the request back. */
    WITHDRAWN,
    /** Cancelled because someone in it left (was deactivated). */
    CANCELLED;

    /** Waiting for someone's answer. */
    public boolean isOpen() {
        return this == ASKED || this == INTRODUCED;
    }
}
