package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a goal's history; EVENT_KEY ("goalId:seq") is unique, so two writers working from the same
 * revision cannot both succeed (the goal's optimistic lock). Stored in data: never rename or move.
 */
@Table("GOAL_EVENT")
public interface GoalEventEntity extends Entity {
    String GOAL_ID = "GOAL_ID";
    String SEQ = "SEQ";
    String EVENT_KEY = "EVENT_KEY";
    String TYPE = "TYPE";
    String ACTION_NAME = "ACTION_NAME";
    String ACTOR_KEY = "ACTOR_KEY";
    String OCCURRED_AT = "OCCURRED_AT";
    String FROM_STATUS = "FROM_STATUS";
    String TO_STATUS = "TO_STATUS";
    String NOTE = "NOTE";

    @NotNull
    @Indexed
    long getGoalId();

    void setGoalId(long id);

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getEventKey();

    void setEventKey(String key);

    @NotNull
    String getType();

    void setType(String type);

    String getActionName();

    void setActionName(String name);

    String getActorKey();

    void setActorKey(String key);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long epochMillis);

    String getFromStatus();

    void setFromStatus(String status);

    String getToStatus();

    void setToStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
