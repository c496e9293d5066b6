package org.mentoring.relationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentoring.error.Problem;

/**
 * The lifecycle rules, in one place: which move is allowed from which status, by whom, and when.
 * Every entry point (REST, pages, jobs) goes through {@link RelationshipService}, which asks here.
 */
public final class RelationshipLifecycle {
    private RelationshipLifecycle() {
    }

    /**
     * Why {@code actorKey} may not make {@code move} now, or empty if they may.
     * {@code actorKey} is null for the system (scheduled expiry).
     */
    public static Optional<Problem> refusal(Move move, Relationship r, String actorKey, Instant now) {
        return refusal(move, r, actorKey, now, false);
    }

    /**
     * As above, for a proposal both members answer ({@link Relationship#proposedByProgram}): {@code actorAccepted} says
     * whether {@code actorKey} has accepted it already (then they wait for the other, and may still decline).
     */
    public static Optional<Problem> refusal(Move move, Relationship r, String actorKey, Instant now, boolean actorAccepted) {
        if (!move.from().contains(r.status())) {
            return Optional.of(Problem.of("status", "mentoring.relationship.move.notallowed",
                    move.slug(), r.status().name()));
        }
        switch (move.mover()) {
            case SYSTEM:
                if (actorKey != null) {
                    return Optional.of(Problem.of(null, "mentoring.relationship.move.systemonly"));
                }
                if (!isOverdue(r, now)) {
                    return Optional.of(Problem.of("status", "mentoring.relationship.move.notdue"));
                }
                return Optional.empty();
            case INVITEE:
                if (r.proposedByProgram()) {
                    if (actorKey == null || !r.isMember(actorKey)) {
                        return Optional.of(Problem.of(null, "mentoring.relationship.move.membersonly"));
                    }
                    if (move == Move.ACCEPT && actorAccepted) {
                        return Optional.of(Problem.of(null, "mentoring.relationship.accept.already"));
                    }
                } else if (actorKey == null || !actorKey.equals(r.inviteeKey())) {
                    return Optional.of(Problem.of(null, "mentoring.relationship.move.inviteeonly"));
                }
                if (move == Move.ACCEPT && isOverdue(r, now)) {
                    return Optional.of(Problem.of("status", "mentoring.relationship.proposal.expired"));
                }
                return Optional.empty();
            case PROPOSER:
                // A program's proposal is answered, not withdrawn: its members decline it.
                if (actorKey == null || !actorKey.equals(r.proposerKey()) || r.proposedByProgram()) {
                    return Optional.of(Problem.of(null, "mentoring.relationship.move.proposeronly"));
                }
                return Optional.empty();
            case EITHER_MEMBER:
            default:
                if (actorKey == null || !r.isMember(actorKey)) {
                    return Optional.of(Problem.of(null, "mentoring.relationship.move.membersonly"));
                }
                if (move == Move.KEEP_IN_TOUCH && r.keepsInTouch(actorKey)) {
                    return Optional.of(Problem.of(null, "mentoring.relationship.keepintouch.already"));
                }
                return Optional.empty();
        }
    }

    /** The status after {@code move} by {@code actorKey}: keeping in touch takes both members. */
    public static RelationshipStatus target(Move move, Relationship r, String actorKey) {
        return target(move, r, actorKey, false);
    }

    /**
     * As above; {@code otherAccepted}: the other member has accepted a proposal both answer, so this acceptance makes it
     * active (the first acceptance leaves it proposed).
     */
    public static RelationshipStatus target(Move move, Relationship r, String actorKey, boolean otherAccepted) {
        if (move == Move.KEEP_IN_TOUCH && !r.keepsInTouch(r.otherMember(actorKey))) {
            return r.status();
        }
        if (move == Move.ACCEPT && r.proposedByProgram() && !otherAccepted) {
            return r.status();
        }
        return move.to();
    }

    /** The moves {@code actorKey} may make now: what pages offer, and nothing else. */
    public static List<Move> available(Relationship r, String actorKey, Instant now) {
        return available(r, actorKey, now, false);
    }

    /** As above, {@code actorAccepted} as for {@link #refusal(Move, Relationship, String, Instant, boolean)}. */
    public static List<Move> available(Relationship r, String actorKey, Instant now, boolean actorAccepted) {
        List<Move> moves = new ArrayList<>();
        for (Move m : Move.values()) {
            if (m != Move.EXPIRE && refusal(m, r, actorKey, now, actorAccepted).isEmpty()) {
                moves.add(m);
            }
        }
        return moves;
    }

    public static boolean isOverdue(Relationship r, Instant now) {
        return r.status() == RelationshipStatus.PROPOSED && !now.isBefore(r.expiresAt());
    }
}
