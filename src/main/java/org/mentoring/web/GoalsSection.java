package org.mentoring.web;

import java.util.Map;
import org.mentoring.error.NotFoundException;
import org.mentoring.goal.GoalProgress;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalViews;
import org.mentoring.relationship.RelationshipService;

/**
 * A relationship's goals at a glance: overall progress and the open goals with their flags, linking to the
 * board. On the relationship page and in the {@code mentoring-goals} macro. Two queries: the stored progress
 * summary and one page of open goals.
 */
public final class GoalsSection implements RelationshipSection {
    private final GoalService goals;
    private final GoalViews views;

    public GoalsSection(GoalService goals, GoalViews views) {
        this.goals = goals;
        this.views = views;
    }

    @Override
    public String id() {
        return "goals";
    }

    @Override
    public String fill(String viewerKey, RelationshipService.Viewed viewed, Options options, Map<String, Object> context) {
        GoalProgress progress;
        try {
            progress = goals.progress(viewed);
        } catch (NotFoundException notForThisViewer) {
            return null;
        }
        var open = views.goals(goals.openGoals(viewed, options.limit()), viewed.relationship());
        context.put("progress", Map.of("total", progress.total(), "open", progress.open(), "achieved", progress.achieved(),
                "average", progress.averageProgress()));
        context.put("goals", open.stream().map(GoalPageModel::goal).toList());
        context.put("moreOpen", Math.max(0, progress.open() - open.size()));
        return "templates/sections/goals.vm";
    }
}
