package org.mentoring.goal;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A relationship's goal progress at a glance, kept current after every goal change. Stored in data: never rename or move. */
@Table("GOAL_SUMMARY")
public interface GoalSummaryEntity extends Entity {
    String RELATIONSHIP_ID = "RELATIONSHIP_ID";
    String TOTAL = "TOTAL";
    String OPEN_GOALS = "OPEN_GOALS";
    String ACHIEVED = "ACHIEVED";
    String AVERAGE_PROGRESS = "AVERAGE_PROGRESS";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    long getRelationshipId();

    void setRelationshipId(long id);

    @NotNull
    int getTotal();

    void setTotal(int total);

    @NotNull
    int getOpenGoals();

    void setOpenGoals(int open);

    @NotNull
    int getAchieved();

    void setAchieved(int achieved);

    @NotNull
    int getAverageProgress();

    void setAverageProgress(int percent);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long epochMillis);
}
