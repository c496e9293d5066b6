package org.mentoring.host.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;

/** The Jira services the adapters call, looked up once the plugin knows it runs in Jira. */
record JiraServices(IssueService issueService, UserManager users, JiraAuthenticationContext authentication, ProjectManager projects,
                    CustomFieldManager customFields, DateFieldFormat dateFieldFormat, IssueTypeManager issueTypes,
                    AvatarManager avatars, StatusManager statuses, StatusCategoryManager statusCategories, WorkflowManager workflows,
                    WorkflowSchemeManager workflowSchemes, IssueTypeSchemeManager issueTypeSchemes, SearchService search,
                    ClusterLockService locks) {

    /** From Jira's component container (ComponentAccessor): no Jira type ever appears in the Spring wiring. */
    static JiraServices fromComponentAccessor() {
        return new JiraServices(ComponentAccessor.getComponent(IssueService.class), ComponentAccessor.getComponent(UserManager.class),
                ComponentAccessor.getComponent(JiraAuthenticationContext.class), ComponentAccessor.getComponent(ProjectManager.class),
                ComponentAccessor.getComponent(CustomFieldManager.class), ComponentAccessor.getComponent(DateFieldFormat.class),
                ComponentAccessor.getComponent(IssueTypeManager.class), ComponentAccessor.getComponent(AvatarManager.class),
                ComponentAccessor.getComponent(StatusManager.class), ComponentAccessor.getComponent(StatusCategoryManager.class),
                ComponentAccessor.getComponent(WorkflowManager.class), ComponentAccessor.getComponent(WorkflowSchemeManager.class),
                ComponentAccessor.getComponent(IssueTypeSchemeManager.class), ComponentAccessor.getComponent(SearchService.class),
                ComponentAccessor.getComponent(ClusterLockService.class));
    }
}
