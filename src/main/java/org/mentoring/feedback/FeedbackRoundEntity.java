package org.mentoring.feedback;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A blind feedback round: each member submits once, and neither sees the other's feedback until both have
 * submitted (REVEALED_AT) or the DEADLINE passes. ROUND_KEY ("relationshipId:n") is unique, so two rounds
 * cannot be opened at once. Stored in data: never rename or move.
 */
@Table("FB_ROUND")
public interface FeedbackRoundEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String ROUND_KEY = "ROUND_KEY";
    String OPENED_BY = "OPENED_BY";
    String OPENED_AT = "OPENED_AT";
    String DEADLINE = "DEADLINE";
    String MENTOR_SUBMITTED_AT = "MENTOR_SUBMITTED_AT";
    String MENTEE_SUBMITTED_AT = "MENTEE_SUBMITTED_AT";
    String REVEALED_AT = "REVEALED_AT";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    @Unique
    String getRoundKey();

    void setRoundKey(String key);

    @NotNull
    String getOpenedBy();

    void setOpenedBy(String key);

    @NotNull
    @Indexed
    long getOpenedAt();

    void setOpenedAt(long epochMillis);

    @NotNull
    long getDeadline();

    void setDeadline(long epochMillis);

    Long getMentorSubmittedAt();

    void setMentorSubmittedAt(Long epochMillis);

    Long getMenteeSubmittedAt();

    void setMenteeSubmittedAt(Long epochMillis);

    /** When both had submitted (before the deadline); null while waiting or when the deadline revealed it. */
    Long getRevealedAt();

    void setRevealedAt(Long epochMillis);
}
