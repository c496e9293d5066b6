package org.mentoring.goal;

import net.java.ao.schema.Indexed;
import org.mentoring.history.HistoryEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One entry of a goal's history; EVENT_KEY ("goalId:seq") is unique, so two writers working from the same
 * revision cannot both succeed (the goal's optimistic lock). Stored in data: never rename or move.
 */
@Table("GOAL_EVENT")
public interface GoalEventEntity extends HistoryEntity {
    String GOAL_ID = "GOAL_ID";
    String ACTION_NAME = "ACTION_NAME";

    @NotNull
    @Indexed
    long getGoalId();

    void setGoalId(long id);

    String getActionName();

    void setActionName(String name);
}
