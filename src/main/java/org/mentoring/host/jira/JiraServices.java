package org.mentoring.host.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import org.mentoring.host.PeopleSearch;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import org.mentoring.goal.GoalHosting;

/**
 * The Jira services the adapters call, imported as OSGi services (META-INF/plugin-components/imports-jira) and handed
 * to this Jira-only component (component-jira) by constructor; it builds the Jira adapters once the graph has its parts.
 */
public record JiraServices(IssueService issueService, UserManager users, JiraAuthenticationContext authentication, ProjectManager projects,
                           CustomFieldManager customFields, DateFieldFormat dateFieldFormat, IssueTypeManager issueTypes,
                           AvatarManager avatars, StatusManager statuses, StatusCategoryManager statusCategories, WorkflowManager workflows,
                           WorkflowSchemeManager workflowSchemes, IssueTypeSchemeManager issueTypeSchemes, SearchService search,
                           IssueDocumentSearchService issueSearch, ClusterLockService locks,
                           UserSearchService userSearch) implements JiraParts.Builder {
    @Override
    public JiraParts build(GoalHosting.Parts parts) {
        return new JiraComponents(this, parts.settings(), parts.scope(), parts.issueGoals(), parts.ownTables());
    }

    @Override
    public PeopleSearch people() {
        return new JiraPeopleSearch(userSearch);
    }
}
