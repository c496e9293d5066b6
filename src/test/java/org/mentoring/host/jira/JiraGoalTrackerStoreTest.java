package org.mentoring.host.jira;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.host.jira.GoalIssueListenerStoreTest.FIELD;
import static org.mentoring.host.jira.GoalIssueListenerStoreTest.TYPE;
import static org.mentoring.host.jira.GoalIssueListenerStoreTest.statusId;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.MentoringGraph;
import org.mentoring.goal.GoalHosting;
import org.mentoring.host.ProjectSetup;
import org.mentoring.admin.MentoringScope;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.goal.GoalRules;
import org.mentoring.goal.GoalService;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.IssueGoals;
import org.mentoring.goal.StoredGoalTracker;
import org.mentoring.host.jira.workflow.GoalCreateValidator;
import org.mentoring.host.jira.workflow.GoalTransitionFunction;
import org.mentoring.host.jira.workflow.OtherMemberCondition;
import org.mentoring.host.jira.workflow.ReasonRequiredValidator;
import org.mentoring.i18n.Messages;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/**
 * Goals as Jira issues: the app's GoalService on the Jira tracker, with Jira's IssueService doubled by Mockito.
 * Where Jira would run the workflow, the doubles run the app's real condition, validator and post-function classes
 * with the Jira goal contexts, as Jira creates them (setter injection), on the real test database.
 */
public class JiraGoalTrackerStoreTest {
    private static final long ISSUE = 9001L;

    private MentoringFixture f;
    private final JiraMocks jira = new JiraMocks();
    private final CustomField field = JiraMocks.field(FIELD);
    private final IssueInputParameters params = mock(IssueInputParameters.class, RETURNS_SELF);
    private IssueGoals issueGoals;
    private JiraGoalContexts contexts;
    private GoalService goals;
    private Relationship r;
    private Relationship r2;
    private ApplicationUser tomas;
    private ApplicationUser mara;
    private MutableIssue issue;

    @Before
    public void setUp() {
        f = new MentoringFixture(parts -> new GoalHosting.Choice(new JiraGoalTracker(jira.services(),
                new JiraGoalSettings(parts.settings()), parts.scope(), parts.issueGoals(), parts.ownTables()), ProjectSetup.NONE));
        long program = GoalIssueListenerStoreTest.program(f);
        r = GoalIssueListenerStoreTest.active(f, program, MENTEE);
        r2 = GoalIssueListenerStoreTest.active(f, program, MENTEE2);
        JiraGoalSettings ids = GoalIssueListenerStoreTest.installedIds(f);
        MentoringScope scope = f.graph.scope();
        scope.setOrgWide(true);
        scope.setProjectKeys(Set.of("MENT"));
        com.atlassian.jira.project.Project project = JiraMocks.project(10000L, "MENT");
        when(jira.projects.getProjectObjByKey("MENT")).thenReturn(project);
        when(jira.customFields.getCustomFieldObject(FIELD)).thenReturn(field);
        when(jira.issueService.newIssueInputParameters()).thenReturn(params);
        when(jira.dates.formatDatePicker(any())).thenReturn("1/Mar/27");
        tomas = jira.knownUser(MENTEE, "tomas");
        mara = jira.knownUser(MENTOR, "mara");
        jira.knownUser(OUTSIDER, "olga");
        issueGoals = f.graph.issueGoals();
        contexts = new JiraGoalContexts(new GoalIssues(ids, jira.customFields), issueGoals);
        goals = f.goals;
    }

    /** Jira's transient variables for a workflow call on {@code issue} by {@code callerKey}. */
    private Map<String, Object> vars(MutableIssue on, String callerKey, String comment, Integer actionId) {
        WorkflowContext context = mock(WorkflowContext.class);
        when(context.getCaller()).thenReturn(callerKey);
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", on);
        vars.put("context", context);
        if (comment != null) {
            vars.put("comment", comment);
        }
        if (actionId != null) {
            vars.put("actionId", actionId);
        }
        return vars;
    }

    private MutableIssue jiraIssue(Long id, ApplicationUser reporter, GoalStatus status, Object relationship) {
        Status s = JiraMocks.status(statusId(status), "any");
        return JiraMocks.issue(id, TYPE, reporter, "Run a design review", s, field, relationship, LocalDate.of(2027, 3, 1));
    }

    private static <T extends com.atlassian.jira.bc.ServiceResult> T valid(Class<T> type) {
        T result = mock(type);
        when(result.isValid()).thenReturn(true);
        return result;
    }

    private static <T extends com.atlassian.jira.bc.ServiceResult> T refused(Class<T> type, Map<String, String> errors, List<String> messages,
                                                                           ErrorCollection.Reason reason) {
        T result = mock(type);
        ErrorCollection collection = mock(ErrorCollection.class);
        when(collection.getErrors()).thenReturn(errors);
        when(collection.getErrorMessages()).thenReturn(messages);
        when(collection.getReasons()).thenReturn(Set.of(reason));
        when(result.getErrorCollection()).thenReturn(collection);
        return result;
    }

    private GoalTransitionFunction function() {
        return new GoalTransitionFunction(contexts, issueGoals);
    }

    /** Jira creating the issue: its create validator, then the issue gets its id, then the post-function. */
    private Goal createInJira(String actorKey, ApplicationUser actor, GoalInput input) {
        IssueService.CreateValidationResult validCreate = valid(IssueService.CreateValidationResult.class);
        when(jira.issueService.validateCreate(actor, params)).thenReturn(validCreate);
        when(jira.issueService.create(actor, validCreate)).thenAnswer(call -> {
            GoalCreateValidator validator = new GoalCreateValidator(contexts);
            validator.validate(vars(jiraIssue(null, actor, GoalStatus.DRAFT, (double) r.id()), actorKey, null, null), Map.of(), null);
            issue = jiraIssue(ISSUE, actor, GoalStatus.DRAFT, (double) r.id());
            function().execute(vars(issue, actorKey, null, null), Map.of(), null);
            IssueService.IssueResult result = valid(IssueService.IssueResult.class);
            when(result.getIssue()).thenReturn(issue);
            return result;
        });
        return goals.create(actorKey, r.id(), input);
    }

    @Test
    public void creatingAGoalCreatesItsIssueAndTheRowMirroringIt() {
        Goal g = createInJira(MENTEE, tomas, new GoalInput("Run a design review", "Why", "Two reviews run", "Leadership", "2027-03-01", null));

        assertEquals(Long.valueOf(ISSUE), g.issueId());
        assertEquals("what Jira has no field for stays on the row", "Two reviews run", g.successCriteria());
        assertEquals("competencies keep the case they were typed in", List.of("Leadership"), g.competencies());
        assertEquals(GoalStatus.DRAFT, g.status());
        verify(params).setProjectId(10000L);
        verify(params).setIssueTypeId(TYPE);
        verify(params).setSummary("Run a design review");
        verify(params).setDescription("Why");
        verify(params).setDueDate("1/Mar/27");
        verify(params).addCustomFieldValue("customfield_" + FIELD, Long.toString(r.id()));
        verify(params, never()).setReporterId(anyString());
        assertEquals("one goal, one history entry, one notification", List.of(MENTOR), f.sent.stream().map(n -> n.recipientKey()).toList());
        assertEquals(1, goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void aGoalOwnedByTheOtherMemberIsReportedByThem() {
        createInJira(MENTEE, tomas, new GoalInput("Mentor a new hire", null, null, null, null, MENTOR));
        verify(params).setReporterId("mara");
    }

    @Test
    public void jirasRefusalsBecomeTheAppsProblems() {
        IssueService.CreateValidationResult noSummary = refused(IssueService.CreateValidationResult.class,
                Map.of("summary", "You must specify a summary of the issue."), List.of(), ErrorCollection.Reason.VALIDATION_FAILED);
        when(jira.issueService.validateCreate(tomas, params)).thenReturn(noSummary);
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> goals.create(MENTEE, r.id(), new GoalInput("x", null, null, null, null, null)));
        assertEquals("title", invalid.problems().get(0).field());
        assertEquals(List.of("You must specify a summary of the issue."), invalid.problems().get(0).args());

        IssueService.CreateValidationResult ok = valid(IssueService.CreateValidationResult.class);
        when(jira.issueService.validateCreate(tomas, params)).thenReturn(ok);
        IssueService.IssueResult ourValidator = refused(IssueService.IssueResult.class, Map.of(),
                List.of(Messages.english(GoalRules.Condition.MEMBER.refusal())), ErrorCollection.Reason.VALIDATION_FAILED);
        when(jira.issueService.create(tomas, ok)).thenReturn(ourValidator);
        ForbiddenException member = assertThrows(ForbiddenException.class,
                () -> goals.create(MENTEE, r.id(), new GoalInput("x", null, null, null, null, null)));
        assertEquals("our own validator's refusal comes back as its rule", GoalRules.Condition.MEMBER.refusal(), member.problems().get(0));
        assertEquals(0, goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void withoutAnEnabledProjectThereIsNowhereToCreateAGoal() {
        f.graph.scope().setProjectKeys(Set.of());
        RuleViolationException nowhere = assertThrows(RuleViolationException.class,
                () -> goals.create(MENTEE, r.id(), new GoalInput("x", null, null, null, null, null)));
        assertEquals("mentoring.jira.goal.noproject", nowhere.problems().get(0).key());
        verify(jira.issueService, never()).validateCreate(any(), any());
    }

    @Test
    public void transitionsRunJirasWorkflowWhichRunsTheAppsRules() {
        Goal g = createInJira(MENTEE, tomas, new GoalInput("Run a design review", null, null, null, null, null));
        IssueService.TransitionValidationResult validMove = valid(IssueService.TransitionValidationResult.class);
        when(jira.issueService.validateTransition(tomas, ISSUE, 91, params)).thenReturn(validMove);
        when(jira.issueService.transition(tomas, validMove)).thenAnswer(call -> {
            ReasonRequiredValidator reason = new ReasonRequiredValidator(contexts);
            reason.validate(vars(issue, MENTEE, "Changed teams", 91), Map.of("field", "reason"), null);
            function().execute(vars(issue, MENTEE, "Changed teams", 91), Map.of(), null);
            return valid(IssueService.IssueResult.class);
        });

        Goal dropped = goals.transition(MENTEE, g.id(), 91, Map.of("reason", "Changed teams"), g.version());

        assertEquals(GoalStatus.DROPPED, dropped.status());
        assertEquals(g.version() + 1, dropped.version());
        verify(params).setComment("Changed teams");
        assertEquals("a dropped goal can only be reopened", List.of(51),
                goals.transitions(MENTOR, g.id()).stream().map(GoalService.Transition::id).toList());
    }

    @Test
    public void aRefusedTransitionNamesTheRuleAndMovesNothing() {
        Goal g = createInJira(MENTEE, tomas, new GoalInput("Run a design review", null, null, null, null, null));
        Problem noReason = Problem.of("reason", "mentoring.goal.rule.reason.reason");
        IssueService.TransitionValidationResult refusedMove = refused(IssueService.TransitionValidationResult.class,
                Map.of("reason", Messages.english(noReason)), List.of(), ErrorCollection.Reason.VALIDATION_FAILED);
        when(jira.issueService.validateTransition(any(), anyLong(), anyInt(), any())).thenReturn(refusedMove);

        ValidationException refused = assertThrows(ValidationException.class, () -> goals.transition(MENTEE, g.id(), 91, Map.of(), null));
        assertEquals(List.of(noReason), refused.problems());
        assertEquals(GoalStatus.DRAFT, goals.get(MENTEE, g.id()).status());

        IssueService.TransitionValidationResult gone = refused(IssueService.TransitionValidationResult.class, Map.of(),
                List.of("The issue no longer exists."), ErrorCollection.Reason.NOT_FOUND);
        when(jira.issueService.validateTransition(any(), anyLong(), anyInt(), any())).thenReturn(gone);
        assertThrows(NotFoundException.class, () -> goals.transition(MENTEE, g.id(), 91, Map.of("reason", "x"), null));

        assertThrows("the app's own conditions answer first, the same as on every host", RuleViolationException.class,
                () -> goals.transition(MENTEE, g.id(), 11, Map.of(), null));
    }

    @Test
    public void theJiraContextsJudgeByTheGoalLinkedToTheIssue() throws Exception {
        Goal g = createInJira(MENTEE, tomas, new GoalInput("Run a design review", null, null, null, null, null));
        OtherMemberCondition other = new OtherMemberCondition(contexts);
        assertTrue("the mentor agrees to the mentee's goal", other.passesCondition(vars(issue, MENTOR, null, 11), Map.of(), null));
        assertFalse("its owner does not", other.passesCondition(vars(issue, MENTEE, null, 11), Map.of(), null));
        assertFalse(other.passesCondition(vars(issue, OUTSIDER, null, 11), Map.of(), null));
        assertEquals(g.id(), contexts.from(vars(issue, MENTOR, null, 11)).goal().id());

        GoalCreateValidator create = new GoalCreateValidator(contexts);
        InvalidInputException notMember = assertThrows(InvalidInputException.class,
                () -> create.validate(vars(jiraIssue(null, tomas, GoalStatus.DRAFT, (double) r2.id()), MENTEE, null, null), Map.of(), null));
        assertEquals(List.of(Messages.english(GoalRules.Condition.MEMBER.refusal())), notMember.getGenericErrors());
        InvalidInputException nowhere = assertThrows(InvalidInputException.class,
                () -> create.validate(vars(jiraIssue(null, tomas, GoalStatus.DRAFT, null), MENTEE, null, null), Map.of(), null));
        assertTrue(nowhere.getErrors().toString(), nowhere.getErrors().containsKey("relationshipId"));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> create.validate(vars(jiraIssue(null, tomas, GoalStatus.DRAFT, 987654.0), MENTEE, null, null), Map.of(), null));
        assertEquals("a relationship that does not exist is refused as one the caller is not in",
                notMember.getGenericErrors(), missing.getGenericErrors());
    }

    @Test
    public void goalsRecordedBeforeJiraTrackedThemKeepMovingInTheAppsTracker() {
        Goal old = MentoringGraph.build(f.graph.ports(), GoalHosting.OWN_TABLES).goals()
                .create(MENTEE, r.id(), new GoalInput("Older goal", null, null, null, null, null));
        assertEquals(GoalStatus.DROPPED, goals.transition(MENTEE, old.id(), 91, Map.of("reason", "done elsewhere"), null).status());
        verify(jira.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    public void createRunsAsTheCallerInJira() {
        createInJira(MENTEE, tomas, new GoalInput("Run a design review", null, null, null, null, null));
        verify(jira.issueService).validateCreate(eq(tomas), any());
    }
}
