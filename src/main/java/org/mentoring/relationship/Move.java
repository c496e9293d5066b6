package org.mentoring.relationship;

import static org.mentoring.relationship.RelationshipStatus.ACTIVE;
import static org.mentoring.relationship.RelationshipStatus.ALUMNI;
import static org.mentoring.relationship.RelationshipStatus.COMPLETED;
import static org.mentoring.relationship.RelationshipStatus.DECLINED;
import static org.mentoring.relationship.RelationshipStatus.ENDED;
import static org.mentoring.relationship.RelationshipStatus.EXPIRED;
import static org.mentoring.relationship.RelationshipStatus.PAUSED;
import static org.mentoring.relationship.RelationshipStatus.PROPOSED;
import static org.mentoring.relationship.RelationshipStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A lifecycle move: the statuses it starts from, where it leads, and who may make it. */
public enum Move {
    ACCEPT(EnumSet.of(PROPOSED), ACTIVE, Mover.INVITEE),
    DECLINE(EnumSet.of(PROPOSED), DECLINED, Mover.INVITEE),
    WITHDRAW(EnumSet.of(PROPOSED), WITHDRAWN, Mover.PROPOSER),
    EXPIRE(EnumSet.of(PROPOSED), EXPIRED, Mover.SYSTEM),
    PAUSE(EnumSet.of(ACTIVE), PAUSED, Mover.EITHER_MEMBER),
    RESUME(EnumSet.of(PAUSED), ACTIVE, Mover.EITHER_MEMBER),
    COMPLETE(EnumSet.of(ACTIVE, PAUSED), COMPLETED, Mover.EITHER_MEMBER),
    END(EnumSet.of(ACTIVE, PAUSED), ENDED, Mover.EITHER_MEMBER),
    /** Each member opts in; the relationship becomes ALUMNI when the second one does. */
    KEEP_IN_TOUCH(EnumSet.of(COMPLETED), ALUMNI, Mover.EITHER_MEMBER);

    enum Mover { INVITEE, PROPOSER, EITHER_MEMBER, SYSTEM }

    private final Set<RelationshipStatus> from;
    private final RelationshipStatus to;
    private final Mover mover;

    Move(Set<RelationshipStatus> from, RelationshipStatus to, Mover mover) {
        this.from = from;
        this.to = to;
        this.mover = mover;
    }

    public Set<RelationshipStatus> from() {
        return from;
    }

    public RelationshipStatus to() {
        return to;
    }

    Mover mover() {
        return mover;
    }

    /** The path segment and JSON name: "accept", "keep-in-touch". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Move fromSlug(String slug) {
        for (Move m : values()) {
            if (m.slug().equals(slug)) {
                return m;
            }
        }
        return null;
    }
}
