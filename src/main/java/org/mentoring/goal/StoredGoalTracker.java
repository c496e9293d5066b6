package org.mentoring.goal;

import java.time.Clock;
import java.util.Map;
import org.mentoring.host.EntityStore;
import org.mentoring.host.Notifications;

/**
 * Goals where the app tracks them itself (Confluence, the standalone host): rows in its own tables, moved by
 * {@link GoalWorkflow}'s definition with the rules its conditions, validators and post-function name.
 * Runs inside the caller's transaction ({@link GoalService} opens it).
 */
public final class StoredGoalTracker implements GoalTracker {
    private final GoalStore store;
    private final GoalTransitionRecorder recorder;
    private final Clock clock;

    public StoredGoalTracker(GoalStore store, GoalTransitionRecorder recorder, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public Goal create(GoalTransitionContext draft) {
        GoalWorkflow.Action create = GoalWorkflow.definition().create();
        WorkflowRules.applyValidators(create, draft);
        Goal created = GoalStore.toRecord(store.insert(GoalStore.newRow(draft.goal(), GoalStatus.DRAFT, clock.millis())));
        WorkflowRules.runFunctions(create, new GoalTransitionContext(created, draft.relationshipStatus(), draft.callerKey(), Map.of()),
                recorder);
        return created;
    }

    @Override
    public Goal transition(GoalTransitionContext context, GoalWorkflow.Action action) {
        WorkflowRules.applyValidators(action, context);
        Goal goal = context.goal();
        GoalEntity entity = store.find(goal.id()).orElseThrow(() -> new IllegalStateException("goal " + goal.id() + " vanished"));
        GoalStatus to = GoalWorkflow.definition().statusOfStep(action.targetStep());
        GoalStore.moveRow(entity, goal, to, clock.millis());
        // Saved before the post-function runs: it recounts the relationship's goal summary from the table.
        entity.save();
        WorkflowRules.runFunctions(action, context, recorder);
        return GoalStore.toRecord(entity);
    }
}
