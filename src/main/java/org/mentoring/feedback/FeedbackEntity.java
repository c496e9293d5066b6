package org.mentoring.feedback;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One piece of feedback from one member of a relationship to the other. RATINGS holds the current ratings
 * ("competency TAB score" per line) so a page of feedback is one query; earlier versions live in
 * {@link FeedbackVersionEntity}. Round feedback carries its round and REVEALS_AT: the round's deadline until
 * both members have submitted, then the moment the second did; readers compare it with the clock.
 * Stored in data: never rename or move.
 */
@Table("FEEDBACK")
public interface FeedbackEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String KIND = "KIND";
    String TEXT = "TEXT";
    String RATINGS = "RATINGS";
    String GOAL_ID = "GOAL_ID";
    String PAGE_ID = "PAGE_ID";
    String VISIBILITY = "VISIBILITY";
    String ROUND_ID = "ROUND_ID";
    String REVEALS_AT = "REVEALS_AT";
    String GIVEN_AT = "GIVEN_AT";
    String EDITED_AT = "EDITED_AT";
    String REVISION = "REVISION";
    String ACKNOWLEDGED_AT = "ACKNOWLEDGED_AT";
    String REPLY_COUNT = "REPLY_COUNT";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    @Indexed
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    @Indexed
    String getRecipientKey();

    void setRecipientKey(String key);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getRatings();

    void setRatings(String ratings);

    @Indexed
    Long getGoalId();

    void setGoalId(Long goalId);

    /** The Confluence page (content id) the feedback is anchored to, if any. */
    @Indexed
    Long getPageId();

    void setPageId(Long pageId);

    @NotNull
    @Indexed
    String getVisibility();

    void setVisibility(String visibility);

    @Indexed
    Long getRoundId();

    void setRoundId(Long roundId);

    @Indexed
    Long getRevealsAt();

    void setRevealsAt(Long epochMillis);

    @NotNull
    @Indexed
    long getGivenAt();

    void setGivenAt(long epochMillis);

    Long getEditedAt();

    void setEditedAt(Long epochMillis);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    Long getAcknowledgedAt();

    void setAcknowledgedAt(Long epochMillis);

    @NotNull
    int getReplyCount();

    void setReplyCount(int count);
}
