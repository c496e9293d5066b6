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
 * summary and one page of open goals, and the
 * comments of those sent back for more work (only when one is in progress).
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
        var openGoals = goals.openGoals(viewed, options.limit());
        var sentBack = goals.sentBack(openGoals);
        var open = views.goals(openGoals, viewed.relationship());
        context.put("progress", Map.of("total", progress.total(), "open", progress.open(), "achieved", progress.achieved(),
                "average", progress.averageProgress()));
        context.put("goals", open.stream().map(g -> GoalPageModel.withSentBack(GoalPageModel.goal(g), sentBack.get(g.id()))).toList());
        context.put("moreOpen", Math.max(0, progress.open() - open.size()));
        return "templates/sections/goals.vm";
    }
}
