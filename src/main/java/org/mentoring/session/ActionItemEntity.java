package org.mentoring.session;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Something a member agreed to do at a session. It may become a goal, or a milestone of a goal, once:
 * {@code GOAL_ID} (and {@code MILESTONE_ID}) remember what it became. Stored in data: never rename or move.
 */
@Table("SESSION_ITEM")
public interface ActionItemEntity extends Entity {
    String SESSION_ID = "SESSION_ID";
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String TEXT = "TEXT";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_ON = "DUE_ON";
    String DONE = "DONE";
    String GOAL_ID = "GOAL_ID";
    String MILESTONE_ID = "MILESTONE_ID";
    String REVISION = "REVISION";

    @NotNull
    @Indexed
    long getSessionId();

    void setSessionId(long id);

    @NotNull
    @Indexed
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    String getText();

    void setText(String text);

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String key);

    String getDueOn();

    void setDueOn(String isoDate);

    @NotNull
    boolean getDone();

    void setDone(boolean done);

    /** The goal this item became (or whose milestone it became); null until converted. */
    @Indexed
    Long getGoalId();

    void setGoalId(Long goalId);

    Long getMilestoneId();

    void setMilestoneId(Long milestoneId);

    @NotNull
    int getRevision();

    void setRevision(int revision);
}
