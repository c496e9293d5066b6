package org.mentoring.host.jira.workflow;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Workflow;
import com.opensymphony.workflow.spi.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalRules;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalTransitionContext;
import org.mentoring.goal.GoalTransitionEffects;
import org.mentoring.goal.GoalWorkflow;
import org.mentoring.relationship.RelationshipStatus;

/** The shipped goal workflow XML, run by OSWorkflow 2.7 with our condition, validator and function classes. */
public class GoalWorkflowInOsWorkflowTest {
    private static final String MENTOR = "u-mara";
    private static final String MENTEE = "u-tomas";
    private static final String OUTSIDER = "u-olga";

    private OsWorkflowHarness harness;
    private final List<String> effects = new ArrayList<>();
    private Goal goal;
    private RelationshipStatus relationship = RelationshipStatus.ACTIVE;
    private long entry;

    @Before
    public void setUp() throws Exception {
        harness = new OsWorkflowHarness();
        goal = new Goal(7, 3, MENTEE, MENTOR, MENTEE, "Run a design review", null, null, List.of("leadership"),
                null, GoalStatus.DRAFT, 0, null, Instant.EPOCH, Instant.EPOCH, 1, null);
    }

    private Map<String, Object> inputs(String caller, Map<String, String> typed) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(GoalTransitionContext.KEY, new GoalTransitionContext(goal, relationship, caller, typed));
        inputs.put(GoalTransitionEffects.KEY, (GoalTransitionEffects) (context, actionId) ->
                effects.add(actionId + " by " + context.callerKey()));
        return inputs;
    }

    private void create() throws Exception {
        entry = harness.as(MENTEE).initialize(OsWorkflowHarness.NAME, GoalWorkflow.CREATE_ACTION, inputs(MENTEE, Map.of()));
    }

    private GoalStatus status(Workflow wf) {
        Step current = (Step) wf.getCurrentSteps(entry).get(0);
        GoalStatus status = GoalWorkflow.definition().statusOfStep(current.getStepId());
        goal = withStatus(status);
        return status;
    }

    private Goal withStatus(GoalStatus s) {
        return new Goal(goal.id(), goal.relationshipId(), goal.ownerKey(), goal.mentorKey(), goal.menteeKey(), goal.title(),
                goal.description(), goal.successCriteria(), goal.competencies(), goal.targetDate(), s, goal.progress(),
                goal.lastCheckInAt(), goal.createdAt(), goal.updatedAt(), goal.version(), goal.issueId());
    }

    private int[] available(String caller) {
        int[] actions = harness.as(caller).getAvailableActions(entry, inputs(caller, Map.of()));
        Arrays.sort(actions);
        return actions;
    }

    private GoalStatus act(String caller, int action, Map<String, String> typed) throws Exception {
        Workflow wf = harness.as(caller);
        wf.doAction(entry, action, inputs(caller, typed));
        return status(wf);
    }

    @Test
    public void aGoalGoesFromDraftToAchievedThroughReview() throws Exception {
        create();
        assertEquals(GoalStatus.DRAFT, status(harness.as(MENTEE)));
        assertEquals(List.of("1 by " + MENTEE), effects);

        assertArrayEquals("the owner cannot agree to their own goal", new int[] {91}, available(MENTEE));
        assertArrayEquals(new int[] {11, 91}, available(MENTOR));

        InvalidInputException notReady = assertThrows(InvalidInputException.class, () -> act(MENTOR, 11, Map.of()));
        assertTrue(notReady.getErrors().toString(), notReady.getErrors().containsKey("successCriteria"));
        assertEquals(GoalStatus.DRAFT, status(harness.as(MENTOR)));

        goal = new Goal(goal.id(), goal.relationshipId(), goal.ownerKey(), goal.mentorKey(), goal.menteeKey(), goal.title(),
                null, "Two reviews run, feedback collected", goal.competencies(), LocalDate.of(2027, 3, 1), goal.status(),
                0, null, goal.createdAt(), goal.updatedAt(), 2, null);
        harness.systemCalls.clear();
        assertEquals(GoalStatus.AGREED, act(MENTOR, 11, Map.of()));
        assertEquals("Jira's five system post-functions ran, in Jira's order", List.of(
                "com.atlassian.jira.workflow.function.issue.UpdateIssueStatusFunction",
                "com.atlassian.jira.workflow.function.misc.CreateCommentFunction",
                "com.atlassian.jira.workflow.function.issue.GenerateChangeHistoryFunction",
                "com.atlassian.jira.workflow.function.issue.IssueReindexFunction",
                "com.atlassian.jira.workflow.function.event.FireIssueEventFunction"), harness.systemCalls);

        assertEquals(GoalStatus.IN_PROGRESS, act(MENTEE, 21, Map.of()));
        assertEquals(GoalStatus.IN_REVIEW, act(MENTEE, 31, Map.of()));
        InvalidInputException noComment = assertThrows(InvalidInputException.class, () -> act(MENTOR, 42, Map.of()));
        assertTrue(noComment.getErrors().containsKey("comment"));
        assertEquals(GoalStatus.IN_PROGRESS, act(MENTOR, 42, Map.of("comment", "Add the second review")));
        assertEquals(GoalStatus.IN_REVIEW, act(MENTEE, 31, Map.of()));
        assertArrayEquals("only the other member signs off or sends it back", new int[] {91}, available(MENTEE));
        assertEquals(GoalStatus.ACHIEVED, act(MENTOR, 41, Map.of()));

        assertEquals(List.of("1 by u-tomas", "11 by u-mara", "21 by u-tomas", "31 by u-tomas", "42 by u-mara",
                "31 by u-tomas", "41 by u-mara"), effects);
    }

    @Test
    public void droppingNeedsAReasonAndReopeningReturnsToWork() throws Exception {
        create();
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> act(MENTEE, 91, Map.of()));
        assertTrue(noReason.getErrors().containsKey("reason"));
        assertEquals(GoalStatus.DROPPED, act(MENTEE, 91, Map.of("reason", "Changed teams")));
        assertArrayEquals(new int[] {51}, available(MENTOR));
        assertEquals(GoalStatus.IN_PROGRESS, act(MENTOR, 51, Map.of()));
    }

    @Test
    public void outsidersAndInactiveRelationshipsMoveNothing() throws Exception {
        create();
        status(harness.as(MENTEE));
        assertEquals(0, available(OUTSIDER).length);
        relationship = RelationshipStatus.PAUSED;
        assertEquals(0, available(MENTOR).length);
        assertEquals(0, available(MENTEE).length);
        relationship = RelationshipStatus.ALUMNI;
        assertEquals("alumni goals are read-only", 0, available(MENTOR).length);
    }

    @Test
    public void everyClassTheWorkflowNamesIsOursOrAnExplicitJiraSystemClass() {
        for (GoalWorkflow.Action action : GoalWorkflow.definition().actions().values()) {
            for (GoalWorkflow.Rule rule : action.conditions()) {
                assertTrue(rule.className(), GoalRules.CONDITIONS.containsKey(rule.className()));
            }
            for (GoalWorkflow.Rule rule : action.validators()) {
                assertTrue(rule.className(), GoalRules.VALIDATORS.containsKey(rule.className())
                        || GoalRules.JIRA_SYSTEM.contains(rule.className()));
            }
            for (GoalWorkflow.Rule rule : action.functions()) {
                assertTrue(rule.className(), GoalRules.TRANSITION_FUNCTION.equals(rule.className())
                        || GoalRules.JIRA_SYSTEM.contains(rule.className()));
            }
        }
    }
}
