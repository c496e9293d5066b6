package org.mentoring.feedback;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An earlier version of a piece of feedback, kept when its author edits it. VERSION_KEY ("feedbackId:revision")
 * is unique, so two edits from the same revision cannot both succeed. Stored in data: never rename or move.
 */
@Table("FB_VERSION")
public interface FeedbackVersionEntity extends Entity {
    String FEEDBACK_ID = "FEEDBACK_ID";
    String REVISION = "REVISION";
    String VERSION_KEY = "VERSION_KEY";
    String KIND = "KIND";
    String TEXT = "TEXT";
    String RATINGS = "RATINGS";
    String GOAL_ID = "GOAL_ID";
    String PAGE_ID = "PAGE_ID";
    String VISIBILITY = "VISIBILITY";
    String WRITTEN_AT = "WRITTEN_AT";

    @NotNull
    @Indexed
    long getFeedbackId();

    void setFeedbackId(long id);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @NotNull
    @Unique
    String getVersionKey();

    void setVersionKey(String key);

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

    Long getGoalId();

    void setGoalId(Long goalId);

    Long getPageId();

    void setPageId(Long pageId);

    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    /** When this version was written (given, or the previous edit). */
    @NotNull
    long getWrittenAt();

    void setWrittenAt(long epochMillis);
}
