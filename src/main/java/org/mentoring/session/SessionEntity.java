package org.mentoring.session;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One meeting of a mentor and a mentee. The shared record (date, duration, topics, shared notes, next meeting)
 * is pair content; each member's private note sits in their own column (the members of a relationship never
 * change), so a page of sessions with the viewer's note is one query, and only the viewer's column is read out.
 * Dates are ISO strings (sortable); instants UTC epoch millis. Stored in data: never rename or move.
 */
@Table("SESSION_LOG")
public interface SessionEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String HELD_ON = "HELD_ON";
    String DURATION_MINUTES = "DURATION_MINUTES";
    String TOPICS = "TOPICS";
    String SHARED_NOTES = "SHARED_NOTES";
    String MENTOR_NOTE = "MENTOR_NOTE";
    String MENTEE_NOTE = "MENTEE_NOTE";
    String NEXT_MEETING_ON = "NEXT_MEETING_ON";
    String LOGGED_BY = "LOGGED_BY";
    String UPDATED_BY = "UPDATED_BY";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String REVISION = "REVISION";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    @Indexed
    String getHeldOn();

    void setHeldOn(String isoDate);

    Integer getDurationMinutes();

    void setDurationMinutes(Integer minutes);

    @StringLength(StringLength.MAX_LENGTH)
    String getTopics();

    void setTopics(String topics);

    @StringLength(StringLength.UNLIMITED)
    String getSharedNotes();

    void setSharedNotes(String notes);

    /** The mentor's private note: the mentor's only. */
    @StringLength(StringLength.UNLIMITED)
    String getMentorNote();

    void setMentorNote(String note);

    /** The mentee's private note: the mentee's only. */
    @StringLength(StringLength.UNLIMITED)
    String getMenteeNote();

    void setMenteeNote(String note);

    String getNextMeetingOn();

    void setNextMeetingOn(String isoDate);

    @NotNull
    String getLoggedBy();

    void setLoggedBy(String userKey);

    @NotNull
    String getUpdatedBy();

    void setUpdatedBy(String userKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);

    /** Counts changes to the shared record (optimistic locking); private notes do not count. */
    @NotNull
    int getRevision();

    void setRevision(int revision);
}
