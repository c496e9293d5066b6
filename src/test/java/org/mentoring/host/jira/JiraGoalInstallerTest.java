package org.mentoring.host.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.atlassian.query.Query;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.RuleViolationException;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalWorkflow;
import org.mentoring.testing.InMemorySettings;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

/** The installer against Mockito doubles of Jira's managers: fresh, repeated, partial, refused and locked installs. */
public class JiraGoalInstallerTest {
    private static final String TYPE_ID = "10100";
    private static final long FIELD_ID = 10500L;

    private final JiraMocks jira = new JiraMocks();
    private final InMemorySettings settings = new InMemorySettings();
    private final JiraGoalSettings ids = new JiraGoalSettings(settings);
    private final JiraGoalInstaller installer = new JiraGoalInstaller(jira.services(), ids);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final Project project = JiraMocks.project(10000L, "MENT");
    private final ApplicationUser admin = JiraMocks.user("u-ada", "ada");
    private final IssueType bug = JiraMocks.issueType("1", "Bug");
    private final IssueType task = JiraMocks.issueType("3", "Task");
    private final IssueType goalType = JiraMocks.issueType(TYPE_ID, "Development Goal");
    private final CustomField field = JiraMocks.field(FIELD_ID);
    private final FieldConfigScheme typeScheme = mock(FieldConfigScheme.class);
    private final AssignableWorkflowScheme scheme = mock(AssignableWorkflowScheme.class);
    private final AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF);
    private final AssignableWorkflowScheme updated = mock(AssignableWorkflowScheme.class);
    private final List<Status> created = new ArrayList<>();
    private final List<String> workflowXml = new ArrayList<>();
    private MockedStatic<WorkflowUtil> workflowUtil;
    private MockedStatic<GlobalIssueContext> globalContext;

    @Before
    public void setUp() throws Exception {
        when(jira.locks.getLockForName(JiraGoalInstaller.LOCK)).thenReturn(lock);
        when(lock.tryLock(JiraGoalInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);
        when(jira.projects.getProjectObjByKey("MENT")).thenReturn(project);
        when(jira.authentication.getLoggedInUser()).thenReturn(admin);
        when(jira.issueTypes.getIssueTypes()).thenReturn(List.of(bug, task));
        Avatar avatar = mock(Avatar.class);
        when(avatar.getId()).thenReturn(555L);
        when(jira.avatars.create(eq("development-goal.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE), any(), any(InputStream.class),
                isNull())).thenReturn(avatar);
        when(jira.issueTypes.createIssueType(eq("Development Goal"), anyString(), eq(555L))).thenReturn(goalType);
        Status inProgress = JiraMocks.status("3", "In Progress");
        when(jira.statuses.getStatuses()).thenReturn(List.of(inProgress));
        when(jira.statusCategories.getStatusCategoryByKey(anyString())).thenAnswer(i -> mock(StatusCategory.class));
        when(jira.statuses.createStatus(anyString(), anyString(), anyString(), any())).thenAnswer(i -> {
            Status s = JiraMocks.status("20" + created.size(), i.getArgument(0));
            created.add(s);
            return s;
        });
        when(jira.customFields.getCustomFieldObjectsByName(JiraGoalInstaller.FIELD)).thenReturn(List.of());
        when(jira.customFields.createCustomField(eq(JiraGoalInstaller.FIELD), anyString(), any(), any(), anyList(), anyList()))
                .thenReturn(field);
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, task));
        when(jira.issueTypeSchemes.getConfigScheme(project)).thenReturn(typeScheme);
        when(jira.workflowSchemes.getWorkflowSchemeObj(project)).thenReturn(scheme);
        when(scheme.getActualWorkflow(TYPE_ID)).thenReturn("jira");
        when(scheme.getMappings()).thenReturn(Map.of());
        when(scheme.builder()).thenReturn(builder);
        when(builder.build()).thenReturn(updated);
        workflowUtil = mockStatic(WorkflowUtil.class);
        workflowUtil.when(() -> WorkflowUtil.convertXMLtoWorkflowDescriptor(anyString())).thenAnswer(i -> {
            workflowXml.add(i.getArgument(0));
            return mock(WorkflowDescriptor.class);
        });
        globalContext = mockStatic(GlobalIssueContext.class);
        globalContext.when(GlobalIssueContext::getInstance).thenReturn(mock(JiraContextNode.class));
    }

    @After
    public void tearDown() {
        workflowUtil.close();
        globalContext.close();
    }

    /** What Jira answers once the first install has run. */
    private void installed() {
        when(jira.issueTypes.getIssueType(TYPE_ID)).thenReturn(goalType);
        Status any = JiraMocks.status("0", "any");
        when(jira.statuses.getStatus(anyString())).thenReturn(any);
        when(jira.workflows.getWorkflow(JiraGoalInstaller.WORKFLOW)).thenReturn(mock(JiraWorkflow.class));
        when(jira.customFields.getCustomFieldObject(FIELD_ID)).thenReturn(field);
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, task, goalType));
        when(scheme.getActualWorkflow(TYPE_ID)).thenReturn(JiraGoalInstaller.WORKFLOW);
    }

    @Test
    public void aFreshInstallCreatesEverythingAndMapsTheProject() throws Exception {
        installer.prepare("MENT");

        verify(jira.issueTypes).createIssueType(eq("Development Goal"), anyString(), eq(555L));
        assertEquals("the five statuses Jira lacks are created; its own In Progress is reused",
                List.of("Draft", "Agreed", "In Review", "Achieved", "Dropped"), created.stream().map(Status::getName).toList());
        verify(jira.statusCategories).getStatusCategoryByKey(StatusCategory.TO_DO);
        verify(jira.statusCategories, times(2)).getStatusCategoryByKey(StatusCategory.COMPLETE);
        assertEquals(1, workflowXml.size());
        String xml = workflowXml.get(0);
        assertFalse("every status placeholder is replaced", xml.matches("(?s).*@[A-Z_]+@.*"));
        assertEquals(List.of("200", "201", "3", "202", "203", "204"), statusIdsOfSteps(xml));
        verify(jira.workflows).createWorkflow(eq(admin), any(JiraWorkflow.class));
        verify(jira.customFields).createCustomField(eq(JiraGoalInstaller.FIELD), anyString(), any(), any(), anyList(), eq(List.of(goalType)));
        verify(jira.issueTypeSchemes).update(typeScheme, List.of("1", "3", TYPE_ID));
        verify(builder).setMapping(TYPE_ID, JiraGoalInstaller.WORKFLOW);
        verify(jira.workflowSchemes).updateWorkflowScheme(updated);
        verify(lock).unlock();

        assertEquals(TYPE_ID, ids.issueTypeId().orElseThrow());
        assertEquals(Long.valueOf(FIELD_ID), ids.fieldId().orElseThrow());
        assertEquals(JiraGoalInstaller.WORKFLOW, ids.workflowName().orElseThrow());
        assertEquals(GoalStatus.IN_PROGRESS, ids.statusOf("3").orElseThrow());
        assertEquals(GoalStatus.DROPPED, ids.statusOf("204").orElseThrow());
    }

    @Test
    public void aSecondRunChangesNothing() throws Exception {
        installer.prepare("MENT");
        installed();
        Map<String, String> before = Map.of("type", ids.issueTypeId().orElseThrow(), "statuses", settings.get(JiraGoalSettings.STATUSES).orElseThrow());
        clearInvocations(jira.issueTypes, jira.statuses, jira.workflows, jira.customFields, jira.issueTypeSchemes, jira.workflowSchemes,
                jira.avatars);

        installer.prepare("MENT");

        verify(jira.issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
        verify(jira.statuses, never()).createStatus(anyString(), anyString(), anyString(), any());
        verify(jira.workflows, never()).createWorkflow(any(), any());
        verify(jira.customFields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(jira.issueTypeSchemes, never()).update(any(), anyCollection());
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
        verify(jira.workflowSchemes, never()).createScheme(any());
        verifyNoInteractions(jira.avatars, jira.search);
        assertEquals(before, Map.of("type", ids.issueTypeId().orElseThrow(), "statuses", settings.get(JiraGoalSettings.STATUSES).orElseThrow()));
    }

    @Test
    public void whatAlreadyExistsIsAdoptedByNameAndOnlyTheRestIsCreated() throws Exception {
        IssueType existing = JiraMocks.issueType("777", "Development Goal");
        when(jira.issueTypes.getIssueTypes()).thenReturn(List.of(bug, existing));
        List<Status> jiraStatuses = new ArrayList<>();
        for (GoalStatus s : GoalStatus.values()) {
            jiraStatuses.add(JiraMocks.status("9" + s.ordinal(), GoalWorkflow.definition().step(s).name().toUpperCase()));
        }
        when(jira.statuses.getStatuses()).thenReturn(jiraStatuses);
        when(jira.workflows.getWorkflow(JiraGoalInstaller.WORKFLOW)).thenReturn(mock(JiraWorkflow.class));
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, existing));
        when(scheme.getActualWorkflow("777")).thenReturn(JiraGoalInstaller.WORKFLOW);

        installer.prepare("MENT");

        verify(jira.issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
        assertTrue("statuses of the same name are reused", created.isEmpty());
        verify(jira.workflows, never()).createWorkflow(any(), any());
        verify(jira.customFields).createCustomField(eq(JiraGoalInstaller.FIELD), anyString(), any(), any(), anyList(), eq(List.of(existing)));
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
        assertEquals("777", ids.issueTypeId().orElseThrow());
        assertEquals(GoalStatus.AGREED, ids.statusOf("91").orElseThrow());
    }

    @Test
    public void aProjectMappingTheTypeToAnotherWorkflowIsRefusedByName() {
        when(scheme.getActualWorkflow(TYPE_ID)).thenReturn("Team goals");
        when(scheme.getMappings()).thenReturn(Map.of(TYPE_ID, "Team goals"));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> installer.prepare("MENT"));

        assertEquals("mentoring.jira.install.othermapping", refused.problems().get(0).key());
        assertEquals(List.of("MENT", "Team goals"), refused.problems().get(0).args());
        assertTrue(refused.getMessage(), refused.getMessage().contains("Project MENT"));
        verify(jira.issueTypeSchemes, never()).update(any(), anyCollection());
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
        verify(lock).unlock();
    }

    @Test
    public void aProjectWithGoalIssuesOnAnotherWorkflowIsRefused() throws Exception {
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, goalType));
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(jira.search.parseQuery(admin, "project = 10000 AND issuetype = " + TYPE_ID)).thenReturn(parsed);
        when(jira.issueSearch.getHitCount(admin, query, true)).thenReturn(2L);

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> installer.prepare("MENT"));

        assertEquals("mentoring.jira.install.existinggoals", refused.problems().get(0).key());
        assertEquals(List.of("MENT"), refused.problems().get(0).args());
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
        verify(jira.workflowSchemes, never()).createScheme(any());

        when(jira.issueSearch.getHitCount(admin, query, true)).thenReturn(0L);
        installer.prepare("MENT");
        verify(jira.workflowSchemes).updateWorkflowScheme(updated);
        verify(jira.issueTypeSchemes, never()).update(any(), anyCollection());
    }

    @Test
    public void aCountJiraCannotMakeCountsAsExistingGoalsAndNeverEscapes() throws Exception {
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, goalType));
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(jira.search.parseQuery(eq(admin), anyString())).thenReturn(parsed);
        when(jira.issueSearch.getHitCount(eq(admin), any(), eq(true))).thenThrow(new NoSuchMethodError("getHitCount"));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> installer.prepare("MENT"));

        assertEquals("mentoring.jira.install.existinggoals", refused.problems().get(0).key());
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
    }

    @Test
    public void aSchemeWhoseDefaultIsAlreadyTheMentoringWorkflowIsLeftAsItIs() throws Exception {
        // getConfiguredWorkflow answers only explicit mappings: null here, though the type already runs on ours.
        when(scheme.getConfiguredWorkflow(TYPE_ID)).thenReturn(null);
        when(scheme.getActualWorkflow(TYPE_ID)).thenReturn(JiraGoalInstaller.WORKFLOW);
        when(jira.issueTypeSchemes.getIssueTypesForProject(project)).thenReturn(List.of(bug, goalType));

        installer.prepare("MENT");

        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
        verify(jira.workflowSchemes, never()).createScheme(any());
        verify(jira.issueSearch, never()).getHitCount(any(), any(), anyBoolean());
    }

    @Test
    public void aJiraApiThatDiffersFromTheOneCompiledAgainstIsAnAnswerNotAnError() {
        when(builder.setMapping(TYPE_ID, JiraGoalInstaller.WORKFLOW)).thenThrow(new NoSuchMethodError("setMapping"));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> installer.prepare("MENT"));

        assertEquals("mentoring.jira.install.unsupported", refused.problems().get(0).key());
        assertEquals(List.of("MENT"), refused.problems().get(0).args());
        verify(lock).unlock();
    }

    @Test
    public void aProjectOnJirasDefaultSchemeGetsItsOwnScheme() {
        when(jira.workflowSchemes.isUsingDefaultScheme(project)).thenReturn(true);
        AssignableWorkflowScheme.Builder fresh = mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF);
        AssignableWorkflowScheme own = mock(AssignableWorkflowScheme.class);
        when(own.getId()).thenReturn(42L);
        when(jira.workflowSchemes.assignableBuilder()).thenReturn(fresh);
        when(fresh.build()).thenReturn(own);
        when(jira.workflowSchemes.createScheme(own)).thenReturn(own);
        com.atlassian.jira.scheme.Scheme asScheme = mock(com.atlassian.jira.scheme.Scheme.class);
        when(jira.workflowSchemes.getSchemeObject(42L)).thenReturn(asScheme);

        installer.prepare("MENT");

        verify(fresh).setDefaultWorkflow("jira");
        verify(fresh).setMapping(TYPE_ID, JiraGoalInstaller.WORKFLOW);
        verify(jira.workflowSchemes).addSchemeToProject(project, asScheme);
        verify(jira.workflowSchemes, never()).updateWorkflowScheme(any());
    }

    @Test
    public void anInstallRunningOnAnotherNodeIsWaitedForThenRefusedWithoutTouchingJira() throws Exception {
        when(lock.tryLock(JiraGoalInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        RuleViolationException busy = assertThrows(RuleViolationException.class, () -> installer.prepare("MENT"));

        assertEquals("mentoring.jira.install.busy", busy.problems().get(0).key());
        verifyNoInteractions(jira.projects, jira.issueTypes, jira.statuses, jira.workflows, jira.customFields, jira.workflowSchemes);
        verify(lock, never()).unlock();
    }

    @Test
    public void anUnknownProjectIsRefusedAndTheLockReleased() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> installer.prepare("NOPE"));
        assertEquals(List.of("NOPE"), refused.problems().get(0).args());
        verify(lock).unlock();
    }

    @Test
    public void theWorkflowXmlGetsTheStatusIdOfEachStep() {
        Map<GoalStatus, String> statusIds = new EnumMap<>(GoalStatus.class);
        for (GoalStatus s : GoalStatus.values()) {
            statusIds.put(s, "1" + s.ordinal());
        }
        String xml = JiraGoalInstaller.withStatusIds(GoalWorkflow.readDefinitionXml(), statusIds);
        assertEquals(List.of("10", "11", "12", "13", "14", "15"), statusIdsOfSteps(xml));
        statusIds.remove(GoalStatus.DROPPED);
        assertThrows(IllegalStateException.class, () -> JiraGoalInstaller.withStatusIds(GoalWorkflow.readDefinitionXml(), statusIds));
    }

    private static List<String> statusIdsOfSteps(String xml) {
        Matcher m = Pattern.compile("<meta name=\"jira.status.id\">([^<]*)</meta>").matcher(xml);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
