package org.mentoring.host.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.mentoring.goal.GoalRules;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalWorkflow;

/**
 * What Jira requires of a workflow it imports (reference D), checked on the shipped XML: every step names its status
 * (a placeholder the installer replaces), action ids are unique, every transition carries Jira's system
 * post-functions in Jira's order with the app's own before the change history, and every class exists.
 */
public class GoalWorkflowJiraRequirementsTest {
    private static final String JIRA = "com.atlassian.jira.workflow.function.";
    private static final List<String> TRANSITION_FUNCTIONS = List.of(JIRA + "issue.UpdateIssueStatusFunction",
            JIRA + "misc.CreateCommentFunction", GoalRules.TRANSITION_FUNCTION, JIRA + "issue.GenerateChangeHistoryFunction",
            JIRA + "issue.IssueReindexFunction", JIRA + "event.FireIssueEventFunction");
    private static final List<String> CREATE_FUNCTIONS = List.of(JIRA + "issue.IssueCreateFunction", GoalRules.TRANSITION_FUNCTION,
            JIRA + "issue.IssueReindexFunction", JIRA + "event.FireIssueEventFunction");

    @Test
    public void everyStepNamesAStatusPlaceholderOfItsGoalStatus() throws Exception {
        OsWorkflowHarness harness = new OsWorkflowHarness();
        Set<GoalStatus> seen = new HashSet<>();
        for (Object o : harness.descriptor.getSteps()) {
            StepDescriptor step = (StepDescriptor) o;
            String status = (String) step.getMetaAttributes().get("mentoring.status");
            assertEquals(step.getName(), "@" + status + "@", step.getMetaAttributes().get("jira.status.id"));
            seen.add(GoalStatus.valueOf(status));
        }
        assertEquals(Set.of(GoalStatus.values()), seen);
    }

    @Test
    public void actionIdsAreUniqueAndEveryResultLeadsToAStep() throws Exception {
        OsWorkflowHarness harness = new OsWorkflowHarness();
        List<Integer> ids = new ArrayList<>();
        List<ActionDescriptor> actions = new ArrayList<>();
        for (Object o : harness.descriptor.getInitialActions()) {
            actions.add((ActionDescriptor) o);
        }
        harness.descriptor.getCommonActions().values().forEach(a -> actions.add((ActionDescriptor) a));
        for (Object o : harness.descriptor.getSteps()) {
            for (Object a : ((StepDescriptor) o).getActions()) {
                if (!harness.descriptor.getCommonActions().containsKey(((ActionDescriptor) a).getId())) {
                    actions.add((ActionDescriptor) a);
                }
            }
        }
        for (ActionDescriptor a : actions) {
            ids.add(a.getId());
            int target = a.getUnconditionalResult().getStep();
            assertTrue(a.getName() + " leads to step " + target, harness.descriptor.getStep(target) != null);
        }
        assertEquals("unique action ids " + ids, new HashSet<>(ids).size(), ids.size());
    }

    @Test
    public void everyTransitionRunsJirasSystemFunctionsInOrderWithTheAppsBeforeTheHistory() {
        GoalWorkflow workflow = GoalWorkflow.definition();
        assertEquals(CREATE_FUNCTIONS, workflow.create().functions().stream().map(GoalWorkflow.Rule::className).toList());
        assertEquals("1", workflow.create().functions().get(3).args().get("eventTypeId"));
        for (GoalWorkflow.Action action : workflow.actions().values()) {
            assertEquals(action.name(), TRANSITION_FUNCTIONS, action.functions().stream().map(GoalWorkflow.Rule::className).toList());
            assertEquals(action.name(), "13", action.functions().get(5).args().get("eventTypeId"));
        }
    }

    @Test
    public void everyClassTheWorkflowNamesLoads() throws Exception {
        GoalWorkflow workflow = GoalWorkflow.definition();
        List<GoalWorkflow.Action> all = new ArrayList<>(workflow.actions().values());
        all.add(workflow.create());
        for (GoalWorkflow.Action action : all) {
            List<GoalWorkflow.Rule> rules = new ArrayList<>(action.conditions());
            rules.addAll(action.validators());
            rules.addAll(action.functions());
            for (GoalWorkflow.Rule rule : rules) {
                if (!GoalRules.JIRA_SYSTEM.contains(rule.className())) {
                    Class.forName(rule.className());
                }
            }
        }
    }
}
