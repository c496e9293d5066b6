package org.mentoring.relationship;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A mentor–mentee pair. Users are stored by user key; instants as UTC epoch milliseconds.
 * {@code REVISION} counts every change to the relationship and its agreement (optimistic locking).
 * Stored in data: never rename or move.
 */
@Table("RELATIONSHIP")
public interface RelationshipEntity extends Entity {
    String MENTOR_KEY = "MENTOR_KEY";
    String MENTEE_KEY = "MENTEE_KEY";
    String KIND = "KIND";
    String PROGRAM_ID = "PROGRAM_ID";
    String STATUS = "STATUS";
    String PROPOSER_KEY = "PROPOSER_KEY";
    String PROPOSED_AT = "PROPOSED_AT";
    String STATUS_CHANGED_AT = "STATUS_CHANGED_AT";
    String EXPIRES_AT = "EXPIRES_AT";
    String MEETING_INTERVAL_DAYS = "MEETING_INTERVAL_DAYS";
    String REVISION = "REVISION";
    String MENTOR_KEEPS_IN_TOUCH = "MENTOR_KEEPS_IN_TOUCH";
    String MENTEE_KEEPS_IN_TOUCH = "MENTEE_KEEPS_IN_TOUCH";
    String SESSION_COUNT = "SESSION_COUNT";
    String LAST_SESSION_ON = "LAST_SESSION_ON";
    String NEXT_MEETING_ON = "NEXT_MEETING_ON";

    @NotNull
    @Indexed
    String getMentorKey();

    void setMentorKey(String key);

    @NotNull
    @Indexed
    String getMenteeKey();

    void setMenteeKey(String key);

    @NotNull
    String getKind();

    void setKind(String kind);

    @Indexed
    Long getProgramId();

    void setProgramId(Long programId);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    String getProposerKey();

    void setProposerKey(String key);

    @NotNull
    @Indexed
    long getProposedAt();

    void setProposedAt(long epochMillis);

    @NotNull
    @Indexed
    long getStatusChangedAt();

    void setStatusChangedAt(long epochMillis);

    /** When an unanswered proposal expires: fixed when it is made, so the invitee's deadline never moves. */
    @NotNull
    @Indexed
    long getExpiresAt();

    void setExpiresAt(long epochMillis);

    /** Days between meetings per the agreement (null until one is written): kept here so goal lists need no join. */
    Integer getMeetingIntervalDays();

    void setMeetingIntervalDays(Integer days);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @NotNull
    boolean getMentorKeepsInTouch();

    void setMentorKeepsInTouch(boolean keeps);

    @NotNull
    boolean getMenteeKeepsInTouch();

    void setMenteeKeepsInTouch(boolean keeps);

    /** Sessions logged (null on rows written before the session log: none). Kept so session lists need no count. */
    Integer getSessionCount();

    void setSessionCount(Integer count);

    /** ISO date the latest logged session was held (null: none yet). */
    String getLastSessionOn();

    void setLastSessionOn(String isoDate);

    /** ISO date of the next meeting the latest session set (null: none set). */
    String getNextMeetingOn();

    void setNextMeetingOn(String isoDate);
}
