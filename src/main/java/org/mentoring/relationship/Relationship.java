package org.mentoring.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        boolean menteeKeepsInTouch,
        MeetingLog meetings) {

    public Relationship {
        meetings = meetings == null ? MeetingLog.NONE : meetings;
    }

    /** A relationship whose session log is empty. */
    public Relationship(long id, String mentorKey, String menteeKey, RelationshipKind kind, Long programId,
                        RelationshipStatus status, String proposerKey, Instant proposedAt, Instant statusChangedAt,
                        Instant expiresAt, Integer meetingIntervalDays, int version, boolean mentorKeepsInTouch,
                        boolean menteeKeepsInTouch) {
        this(id, mentorKey, menteeKey, kind, programId, status, proposerKey, proposedAt, statusChangedAt, expiresAt,
                meetingIntervalDays, version, mentorKeepsInTouch, menteeKeepsInTouch, MeetingLog.NONE);
    }

    /**
     * When the pair should meet next, while they meet at all (active, or alumni keeping in touch): the date the
     * latest session set; otherwise, while active with an agreed cadence, the agreed interval after the latest
     * session or after the relationship (re)became active, whichever is later — so a pause restarts the clock.
     * Null when nothing says when.
     */
    public LocalDate nextMeeting() {
        if (status != RelationshipStatus.ACTIVE && status != RelationshipStatus.ALUMNI) {
            return null;
        }
        if (meetings.nextMeetingOn() != null) {
            return meetings.nextMeetingOn();
        }
        if (status != RelationshipStatus.ACTIVE || meetingIntervalDays == null) {
            return null;
        }
        LocalDate activeSince = LocalDate.ofInstant(statusChangedAt, ZoneOffset.UTC);
        LocalDate last = meetings.lastSessionOn();
        LocalDate from = last != null && last.isAfter(activeSince) ? last : activeSince;
        return from.plusDays(meetingIntervalDays);
    }

    /** An active relationship whose next meeting is before {@code today}: the pair is behind its cadence. */
    public boolean meetingOverdue(LocalDate today) {
        LocalDate next = nextMeeting();
        return status == RelationshipStatus.ACTIVE && next != null && next.isBefore(today);
    }

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

    /** The member who did not propose: the one who accepts or declines; null when both do ({@link #proposedByProgram}). */
    public String inviteeKey() {
        return proposedByProgram() ? null : otherMember(proposerKey);
    }

    /**
     * Proposed by neither member: a program's matching published the pair (its proposer is the manager who published
     * it). Both members answer it: it becomes active when the second accepts, and either declining ends it.
     */
    public boolean proposedByProgram() {
        return !isMember(proposerKey);
    }

    public String otherMember(String memberKey) {
        return mentorKey.equals(memberKey) ? menteeKey : mentorKey;
    }

    public boolean keepsInTouch(String memberKey) {
        return mentorKey.equals(memberKey) ? mentorKeepsInTouch : menteeKeepsInTouch;
    }
}
