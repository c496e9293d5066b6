package org.mentoring.relationship;

import java.time.Instant;
import java.util.Optional;
import org.mentoring.access.Parties;
import org.mentoring.access.Role;

/** A snapshot of one relationship, safe to hand to REST, pages and macros. */
public record Relationship(
        long id,
        String mentorKey,
        String menteeKey,
        RelationshipKind kind,
        Long programId,
        RelationshipStatus status,
        String proposerKey,
        Instant proposedAt,
        Instant statusChangedAt,
        Instant expiresAt,
        Integer meetingIntervalDays,
        int version,
        boolean mentorKeepsInTouch,
        boolean menteeKeepsInTouch) {

    public Parties parties() {
        return new Parties(mentorKey, menteeKey, programId);
    }

    public boolean isMember(String userKey) {
        return mentorKey.equals(userKey) || menteeKey.equals(userKey);
    }

    /** MENTOR or MENTEE for members; empty for anyone else. */
    public Optional<Role> memberRole(String userKey) {
        if (mentorKey.equals(userKey)) {
            return Optional.of(Role.MENTOR);
        }
        return menteeKey.equals(userKey) ? Optional.of(Role.MENTEE) : Optional.empty();
    }

    /** The member who did not propose: the one who accepts or declines. */
    public String inviteeKey() {
        return otherMember(proposerKey);
    }

    public String otherMember(String memberKey) {
        return mentorKey.equals(memberKey) ? menteeKey : mentorKey;
    }

    public boolean keepsInTouch(String memberKey) {
        return mentorKey.equals(memberKey) ? mentorKeepsInTouch : menteeKeepsInTouch;
    }
}
