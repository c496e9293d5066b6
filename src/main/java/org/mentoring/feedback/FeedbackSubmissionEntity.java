package org.mentoring.feedback;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A member's submission to a blind round. SUBMIT_KEY ("roundId:seq", seq 1 or 2) is unique: two members
 * submitting at the same moment cannot both believe they were first (which would hide the round until its
 * deadline), and nobody submits twice. Stored in data: never rename or move.
 */
@Table("FB_SUBMIT")
public interface FeedbackSubmissionEntity extends Entity {
    String ROUND_ID = "ROUND_ID";
    String SEQ = "SEQ";
    String SUBMIT_KEY = "SUBMIT_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String FEEDBACK_ID = "FEEDBACK_ID";
    String SUBMITTED_AT = "SUBMITTED_AT";

    @NotNull
    @Indexed
    long getRoundId();

    void setRoundId(long id);

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getSubmitKey();

    void setSubmitKey(String key);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    long getFeedbackId();

    void setFeedbackId(long id);

    @NotNull
    long getSubmittedAt();

    void setSubmittedAt(long epochMillis);
}
