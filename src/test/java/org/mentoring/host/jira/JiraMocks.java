package org.mentoring.host.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.time.LocalDate;

/** Mockito doubles of Jira's services and objects (Atlassian APIs only; the app's own code is always real). */
final class JiraMocks {
    final IssueService issueService = mock(IssueService.class);
    final UserManager users = mock(UserManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final DateFieldFormat dates = mock(DateFieldFormat.class);
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final AvatarManager avatars = mock(AvatarManager.class);
    final StatusManager statuses = mock(StatusManager.class);
    final StatusCategoryManager statusCategories = mock(StatusCategoryManager.class);
    final WorkflowManager workflows = mock(WorkflowManager.class);
    final WorkflowSchemeManager workflowSchemes = mock(WorkflowSchemeManager.class);
    final IssueTypeSchemeManager issueTypeSchemes = mock(IssueTypeSchemeManager.class);
    final SearchService search = mock(SearchService.class);
    final IssueDocumentSearchService issueSearch = mock(IssueDocumentSearchService.class);
    final ClusterLockService locks = mock(ClusterLockService.class);
    final UserSearchService userSearch = mock(UserSearchService.class);

    JiraServices services() {
        return new JiraServices(issueService, users, authentication, projects, customFields, dates, issueTypes, avatars, statuses,
                statusCategories, workflows, workflowSchemes, issueTypeSchemes, search, issueSearch, locks, userSearch);
    }

    static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    ApplicationUser knownUser(String key, String name) {
        ApplicationUser user = user(key, name);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    static Project project(long id, String key) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(id);
        when(p.getKey()).thenReturn(key);
        return p;
    }

    static IssueType issueType(String id, String name) {
        IssueType t = mock(IssueType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        return t;
    }

    static Status status(String id, String name) {
        Status s = mock(Status.class);
        when(s.getId()).thenReturn(id);
        when(s.getName()).thenReturn(name);
        return s;
    }

    static CustomField field(long id) {
        CustomField f = mock(CustomField.class);
        when(f.getIdAsLong()).thenReturn(id);
        when(f.getId()).thenReturn("customfield_" + id);
        return f;
    }

    /** A goal issue as Jira hands it to listeners and workflow functions. */
    static MutableIssue issue(Long id, String typeId, ApplicationUser reporter, String summary, Status status, CustomField field,
                              Object relationship, LocalDate due) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getIssueTypeId()).thenReturn(typeId);
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getDueDate()).thenReturn(due == null ? null : java.sql.Timestamp.valueOf(due.atStartOfDay()));
        when(issue.getCustomFieldValue(field)).thenReturn(relationship);
        return issue;
    }

    static Issue plainIssue(long id, String typeId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getIssueTypeId()).thenReturn(typeId);
        return issue;
    }
}
