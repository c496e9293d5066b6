package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One item of a goal's milestone checklist. Stored in data: never rename or move. */
@Table("GOAL_MILESTONE")
public interface GoalMilestoneEntity extends Entity {
    String GOAL_ID = "GOAL_ID";
    String TITLE = "TITLE";
    String DONE = "DONE";
    String POSITION = "POSITION";

    @NotNull
    @Indexed
    long getGoalId();

    void setGoalId(long id);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @NotNull
    boolean getDone();

    void setDone(boolean done);

    @NotNull
    int getPosition();

    void setPosition(int position);
}
