package org.mentoring.relationship;

/** Where a relationship is in its lifecycle. */
public enum RelationshipStatus {
    PROPOSED, ACTIVE, PAUSED, COMPLETED, ENDED, DECLINED, WITHDRAWN, EXPIRED, ALUMNI;

    /** Live relationships block a second one for the same pair of people. */
    public boolean isLive() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }

    /** The pair works together (active) or keeps in touch after (alumni): sessions and feedback go on. */
    public boolean isInTouch() {
        return this == ACTIVE || this == ALUMNI;
    }
}
