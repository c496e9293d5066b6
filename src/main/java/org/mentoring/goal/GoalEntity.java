package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A development goal. Where Jira tracks goals, {@code ISSUE_ID} links the issue and STATUS mirrors it.
 * MENTOR_KEY/MENTEE_KEY copy the relationship's members (fixed for its life) so "my goals" is one query.
 * Stored in data: never rename or move.
 */
@Table("GOAL")
public interface GoalEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String OWNER_KEY = "OWNER_KEY";
    String MENTOR_KEY = "MENTOR_KEY";
    String MENTEE_KEY = "MENTEE_KEY";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String SUCCESS_CRITERIA = "SUCCESS_CRITERIA";
    String COMPETENCIES = "COMPETENCIES";
    String TARGET_DATE = "TARGET_DATE";
    String STATUS = "STATUS";
    String PROGRESS = "PROGRESS";
    String LAST_CHECKIN_AT = "LAST_CHECKIN_AT";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String REVISION = "REVISION";
    String ISSUE_ID = "ISSUE_ID";

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String key);

    @NotNull
    @Indexed
    String getMentorKey();

    void setMentorKey(String key);

    @NotNull
    @Indexed
    String getMenteeKey();

    void setMenteeKey(String key);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @StringLength(StringLength.UNLIMITED)
    String getSuccessCriteria();

    void setSuccessCriteria(String criteria);

    /** Lower-case tags joined by commas. */
    String getCompetencies();

    void setCompetencies(String tags);

    @Indexed
    String getTargetDate();

    void setTargetDate(String isoDate);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getProgress();

    void setProgress(int percent);

    Long getLastCheckinAt();

    void setLastCheckinAt(Long epochMillis);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    @NotNull
    @Indexed
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);
}
