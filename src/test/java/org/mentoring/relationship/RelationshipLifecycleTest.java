package org.mentoring.relationship;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.mentoring.error.Problem;

/** The lifecycle rules for every move from every status, for every kind of actor. */
public class RelationshipLifecycleTest {
    private static final String MENTOR = "mentor";
    private static final String MENTEE = "mentee";
    private static final String OUTSIDER = "outsider";
    private static final Instant PROPOSED_AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(14);
    private static final Instant NOW = PROPOSED_AT.plus(Duration.ofDays(1));

    private static Relationship r(RelationshipStatus status, boolean mentorKeeps, boolean menteeKeeps) {
        return new Relationship(1, MENTOR, MENTEE, RelationshipKind.INFORMAL, null, status, MENTEE, PROPOSED_AT,
                PROPOSED_AT, PROPOSED_AT.plus(LIFETIME), null, 1, mentorKeeps, menteeKeeps);
    }

    private static Optional<String> refusal(Move move, RelationshipStatus status, String actor, Instant now) {
        return RelationshipLifecycle.refusal(move, r(status, false, false), actor, now).map(Problem::key);
    }

    @Test
    public void everyMoveIsRefusedFromEveryStatusItDoesNotStartFrom() {
        for (Move move : Move.values()) {
            for (RelationshipStatus status : RelationshipStatus.values()) {
                if (!move.from().contains(status)) {
                    for (String actor : new String[] {MENTOR, MENTEE, OUTSIDER, null}) {
                        assertEquals(move + " from " + status + " by " + actor,
                                Optional.of("mentoring.relationship.move.notallowed"), refusal(move, status, actor, NOW));
                    }
                }
            }
        }
    }

    @Test
    public void theMoveTableIsTheOneTheProductDescribes() {
        assertEquals(EnumSet.of(RelationshipStatus.PROPOSED), Move.ACCEPT.from());
        assertEquals(EnumSet.of(RelationshipStatus.ACTIVE), Move.PAUSE.from());
        assertEquals(EnumSet.of(RelationshipStatus.PAUSED), Move.RESUME.from());
        assertEquals(EnumSet.of(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED), Move.COMPLETE.from());
        assertEquals(EnumSet.of(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED), Move.END.from());
        assertEquals(EnumSet.of(RelationshipStatus.COMPLETED), Move.KEEP_IN_TOUCH.from());
        assertEquals(RelationshipStatus.ENDED, Move.END.to());
        assertEquals(RelationshipStatus.EXPIRED, Move.EXPIRE.to());
    }

    /** A program's proposal (proposed by its manager): both members answer it, each accepts once, nobody withdraws it. */
    @Test
    public void bothMembersAnswerAProgramsProposalAndTheSecondAcceptanceStartsIt() {
        Relationship p = new Relationship(1, MENTOR, MENTEE, RelationshipKind.FORMAL, 7L, RelationshipStatus.PROPOSED, "manager",
                PROPOSED_AT, PROPOSED_AT, PROPOSED_AT.plus(LIFETIME), null, 1, false, false);
        assertTrue(p.proposedByProgram());
        assertEquals(null, p.inviteeKey());
        for (String member : List.of(MENTOR, MENTEE)) {
            assertEquals(member, List.of(Move.ACCEPT, Move.DECLINE), RelationshipLifecycle.available(p, member, NOW));
            assertEquals("accepted already: only decline is left", List.of(Move.DECLINE), RelationshipLifecycle.available(p, member, NOW, true));
            assertEquals(Optional.of("mentoring.relationship.accept.already"),
                    RelationshipLifecycle.refusal(Move.ACCEPT, p, member, NOW, true).map(Problem::key));
        }
        for (String other : new String[] {"manager", OUTSIDER, null}) {
            assertEquals(String.valueOf(other), List.of(), RelationshipLifecycle.available(p, other, NOW));
        }
        assertEquals("the first acceptance leaves it proposed", RelationshipStatus.PROPOSED,
                RelationshipLifecycle.target(Move.ACCEPT, p, MENTEE, false));
        assertEquals("the second starts it", RelationshipStatus.ACTIVE, RelationshipLifecycle.target(Move.ACCEPT, p, MENTOR, true));
        assertEquals(RelationshipStatus.DECLINED, RelationshipLifecycle.target(Move.DECLINE, p, MENTOR, true));
        assertEquals("expired proposals are not accepted", Optional.of("mentoring.relationship.proposal.expired"),
                RelationshipLifecycle.refusal(Move.ACCEPT, p, MENTEE, PROPOSED_AT.plus(LIFETIME)).map(Problem::key));
    }

    @Test
    public void theInviteeAnswersAndTheProposerWithdraws() {
        assertEquals(Optional.empty(), refusal(Move.ACCEPT, RelationshipStatus.PROPOSED, MENTOR, NOW));
        assertEquals(Optional.empty(), refusal(Move.DECLINE, RelationshipStatus.PROPOSED, MENTOR, NOW));
        assertEquals(Optional.of("mentoring.relationship.move.inviteeonly"), refusal(Move.ACCEPT, RelationshipStatus.PROPOSED, MENTEE, NOW));
        assertEquals(Optional.of("mentoring.relationship.move.inviteeonly"), refusal(Move.DECLINE, RelationshipStatus.PROPOSED, OUTSIDER, NOW));
        assertEquals(Optional.empty(), refusal(Move.WITHDRAW, RelationshipStatus.PROPOSED, MENTEE, NOW));
        assertEquals(Optional.of("mentoring.relationship.move.proposeronly"), refusal(Move.WITHDRAW, RelationshipStatus.PROPOSED, MENTOR, NOW));
    }

    @Test
    public void eitherMemberPausesResumesCompletesOrEnds() {
        for (Move move : List.of(Move.PAUSE, Move.COMPLETE, Move.END)) {
            assertEquals(Optional.empty(), refusal(move, RelationshipStatus.ACTIVE, MENTOR, NOW));
            assertEquals(Optional.empty(), refusal(move, RelationshipStatus.ACTIVE, MENTEE, NOW));
            assertEquals(Optional.of("mentoring.relationship.move.membersonly"), refusal(move, RelationshipStatus.ACTIVE, OUTSIDER, NOW));
            assertEquals(Optional.of("mentoring.relationship.move.membersonly"), refusal(move, RelationshipStatus.ACTIVE, null, NOW));
        }
        assertEquals(Optional.empty(), refusal(Move.RESUME, RelationshipStatus.PAUSED, MENTEE, NOW));
        assertEquals(Optional.empty(), refusal(Move.END, RelationshipStatus.PAUSED, MENTOR, NOW));
    }

    @Test
    public void onlyTheSystemExpiresAndOnlyOnceOverdue() {
        Instant due = PROPOSED_AT.plus(LIFETIME);
        assertEquals(Optional.of("mentoring.relationship.move.systemonly"), refusal(Move.EXPIRE, RelationshipStatus.PROPOSED, MENTOR, due));
        assertEquals(Optional.of("mentoring.relationship.move.notdue"), refusal(Move.EXPIRE, RelationshipStatus.PROPOSED, null, due.minusSeconds(1)));
        assertEquals(Optional.empty(), refusal(Move.EXPIRE, RelationshipStatus.PROPOSED, null, due));
        assertEquals(Optional.of("mentoring.relationship.proposal.expired"), refusal(Move.ACCEPT, RelationshipStatus.PROPOSED, MENTOR, due));
        assertEquals("declining an overdue proposal is still fine", Optional.empty(),
                refusal(Move.DECLINE, RelationshipStatus.PROPOSED, MENTOR, due));
    }

    @Test
    public void keepingInTouchTakesBothMembers() {
        Relationship none = r(RelationshipStatus.COMPLETED, false, false);
        assertEquals(RelationshipStatus.COMPLETED, RelationshipLifecycle.target(Move.KEEP_IN_TOUCH, none, MENTOR));
        Relationship mentorIn = r(RelationshipStatus.COMPLETED, true, false);
        assertEquals(RelationshipStatus.ALUMNI, RelationshipLifecycle.target(Move.KEEP_IN_TOUCH, mentorIn, MENTEE));
        assertEquals(Optional.of(Problem.of(null, "mentoring.relationship.keepintouch.already")),
                RelationshipLifecycle.refusal(Move.KEEP_IN_TOUCH, mentorIn, MENTOR, NOW));
    }

    @Test
    public void availableOffersExactlyTheAllowedMovesAndNeverExpiry() {
        assertEquals(List.of(Move.ACCEPT, Move.DECLINE), RelationshipLifecycle.available(r(RelationshipStatus.PROPOSED, false, false), MENTOR, NOW));
        assertEquals(List.of(Move.WITHDRAW), RelationshipLifecycle.available(r(RelationshipStatus.PROPOSED, false, false), MENTEE, NOW));
        assertEquals(List.of(Move.PAUSE, Move.COMPLETE, Move.END), RelationshipLifecycle.available(r(RelationshipStatus.ACTIVE, false, false), MENTEE, NOW));
        assertEquals(List.of(), RelationshipLifecycle.available(r(RelationshipStatus.ACTIVE, false, false), OUTSIDER, NOW));
        assertEquals(List.of(), RelationshipLifecycle.available(r(RelationshipStatus.ALUMNI, true, true), MENTOR, NOW));
        for (RelationshipStatus s : RelationshipStatus.values()) {
            assertFalse(RelationshipLifecycle.available(r(s, false, false), null, PROPOSED_AT.plus(LIFETIME)).contains(Move.EXPIRE));
        }
        assertTrue(RelationshipStatus.PAUSED.isLive() && !RelationshipStatus.ALUMNI.isLive());
    }
}
