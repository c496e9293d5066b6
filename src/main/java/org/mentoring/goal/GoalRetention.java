package org.mentoring.goal;

import static org.mentoring.privacy.RelationshipContent.in;

import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.RelationshipContent;

/** Retention for goals: the goals of due relationships with their milestones, evidence, check-ins and history; the goal summary (counts) stays. */
public final class GoalRetention implements RelationshipContent {
    private final EntityStore store;

    public GoalRetention(EntityStore store) {
        this.store = store;
    }

    @Override
    public String part() {
        return "goals";
    }

    @Override
    public int count(List<Long> ids) {
        return store.count(GoalEntity.class, Query.select().where(in(GoalEntity.RELATIONSHIP_ID, ids), ids.toArray()));
    }

    @Override
    public int delete(List<Long> ids) {
        Object[] goals = Arrays.stream(store.find(GoalEntity.class, Query.select().where(in(GoalEntity.RELATIONSHIP_ID, ids), ids.toArray())))
                .map(g -> (Object) (long) g.getID()).toArray();
        if (goals.length == 0) {
            return 0;
        }
        List<Long> goalIds = Arrays.stream(goals).map(o -> (Long) o).toList();
        store.deleteWithSQL(GoalMilestoneEntity.class, in(GoalMilestoneEntity.GOAL_ID, goalIds), goals);
        store.deleteWithSQL(GoalEvidenceEntity.class, in(GoalEvidenceEntity.GOAL_ID, goalIds), goals);
        store.deleteWithSQL(GoalCheckInEntity.class, in(GoalCheckInEntity.GOAL_ID, goalIds), goals);
        store.deleteWithSQL(GoalEventEntity.class, in(GoalEventEntity.GOAL_ID, goalIds), goals);
        return store.deleteWithSQL(GoalEntity.class, in("ID", goalIds), goals);
    }
}
