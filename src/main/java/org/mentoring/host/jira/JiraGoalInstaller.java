package org.mentoring.host.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import org.ofbiz.core.entity.GenericEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalWorkflow;
import org.mentoring.host.ProjectSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a Jira project for mentoring: the Development Goal issue type (with its icon), the statuses the goal
 * workflow's steps need, the workflow itself (the shipped XML with its status placeholders replaced by the real
 * ids), the "Mentoring relationship" field, and the type's place in the project's issue type scheme and workflow
 * scheme. Idempotent (finds what exists by stored id, then by name; a second run writes nothing) and run under a
 * cluster-wide lock. A project whose workflow scheme already maps the type to another workflow, or that already has
 * Development Goal issues on another workflow, is never remapped silently: it is refused, by name.
 */
public final class JiraGoalInstaller implements ProjectSetup {
    static final String LOCK = "org.mentoring.jira.goal-installer";
    static final long LOCK_WAIT_SECONDS = 30;
    static final String ISSUE_TYPE = "Development Goal";
    static final String WORKFLOW = "Mentoring Development Goal";
    static final String FIELD = "Mentoring relationship";
    static final String FIELD_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String FIELD_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:exactnumber";
    /** The workflow Jira's own default scheme gives every other type (JiraWorkflow.DEFAULT_WORKFLOW_NAME). */
    static final String JIRA_DEFAULT_WORKFLOW = "jira";
    static final String ICON = "/images/development-goal.png";
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";
    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z_]+)@");
    private static final Logger LOG = LoggerFactory.getLogger(JiraGoalInstaller.class);

    private final JiraServices jira;
    private final JiraGoalSettings settings;

    JiraGoalInstaller(JiraServices jira, JiraGoalSettings settings) {
        this.jira = jira;
        this.settings = settings;
    }

    @Override
    public void prepare(String projectKey) {
        ClusterLock lock = jira.locks().getLockForName(LOCK);
        boolean locked;
        try {
            locked = lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.busy"));
        }
        try {
            install(projectKey);
        } catch (LinkageError e) {
            // A Jira API that differs from the one compiled against: an administrator's answer, never a 500.
            LOG.error("Preparing {} for mentoring failed: this Jira's API differs from the one the app was built for", projectKey, e);
            throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.unsupported", projectKey));
        } finally {
            lock.unlock();
        }
    }

    private void install(String projectKey) {
        Project project = jira.projects().getProjectObjByKey(projectKey);
        if (project == null) {
            throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.noproject", projectKey));
        }
        ApplicationUser admin = jira.authentication().getLoggedInUser();
        if (admin == null) {
            throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.nouser"));
        }
        IssueType type = issueType();
        String workflow = workflow(statuses(), admin);
        field(type);
        mapInProject(project, type, workflow, admin);
    }

    // --- global configuration ------------------------------------------------------------------------

    private IssueType issueType() {
        Optional<IssueType> known = settings.issueTypeId().map(id -> jira.issueTypes().getIssueType(id));
        if (known.isPresent()) {
            return known.get();
        }
        IssueType type = jira.issueTypes().getIssueTypes().stream().filter(t -> ISSUE_TYPE.equals(t.getName())).findFirst()
                .orElseGet(() -> jira.issueTypes().createIssueType(ISSUE_TYPE,
                        "A development goal agreed between a mentor and a mentee.", avatar()));
        settings.issueTypeId(type.getId());
        return type;
    }

    /** The type's icon from the plugin; Jira's default issue type icon if it cannot be stored. */
    private Long avatar() {
        try (InputStream png = JiraGoalInstaller.class.getResourceAsStream(ICON)) {
            if (png != null) {
                return jira.avatars().create("development-goal.png", AvatarManager.PNG_CONTENT_TYPE, IconType.ISSUE_TYPE_ICON_TYPE,
                        new IconOwningObjectId("0"), png, null).getId();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The Development Goal icon could not be stored; Jira's default issue type icon is used", e);
        }
        return jira.avatars().getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
    }

    /** A status for each step of the goal workflow: the one stored, else one of the same name, else a new one. */
    private Map<GoalStatus, String> statuses() {
        Map<GoalStatus, String> stored = settings.statusIds();
        Map<GoalStatus, String> ids = new EnumMap<>(GoalStatus.class);
        Collection<Status> all = null;
        for (GoalStatus goalStatus : GoalStatus.values()) {
            String known = stored.get(goalStatus);
            if (known != null && jira.statuses().getStatus(known) != null) {
                ids.put(goalStatus, known);
                continue;
            }
            String name = GoalWorkflow.definition().step(goalStatus).name();
            all = all == null ? jira.statuses().getStatuses() : all;
            Status status = all.stream().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst()
                    .orElseGet(() -> jira.statuses().createStatus(name, "A development goal that is " + name.toLowerCase() + ".",
                            STATUS_ICON, jira.statusCategories().getStatusCategoryByKey(category(goalStatus))));
            ids.put(goalStatus, status.getId());
        }
        if (!ids.equals(stored)) {
            settings.statusIds(ids);
        }
        return ids;
    }

    private static String category(GoalStatus status) {
        switch (status) {
            case DRAFT:
                return StatusCategory.TO_DO;
            case ACHIEVED:
            case DROPPED:
                return StatusCategory.COMPLETE;
            default:
                return StatusCategory.IN_PROGRESS;
        }
    }

    private String workflow(Map<GoalStatus, String> statuses, ApplicationUser admin) {
        String name = settings.workflowName().orElse(WORKFLOW);
        if (jira.workflows().getWorkflow(name) == null) {
            WorkflowDescriptor descriptor;
            try {
                descriptor = WorkflowUtil.convertXMLtoWorkflowDescriptor(withStatusIds(GoalWorkflow.readDefinitionXml(), statuses));
            } catch (FactoryException e) {
                throw new IllegalStateException("The shipped goal workflow does not load in Jira: " + e.getMessage(), e);
            }
            jira.workflows().createWorkflow(admin, new ConfigurableJiraWorkflow(name, descriptor, jira.workflows()));
        }
        if (settings.workflowName().isEmpty()) {
            settings.workflowName(name);
        }
        return name;
    }

    /** The shipped workflow XML with each step's {@code @STATUS@} placeholder replaced by that status's Jira id. */
    static String withStatusIds(String xml, Map<GoalStatus, String> ids) {
        Matcher m = PLACEHOLDER.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.get(GoalStatus.valueOf(m.group(1)));
            if (id == null) {
                throw new IllegalStateException("No Jira status for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void field(IssueType type) {
        Optional<CustomField> known = settings.fieldId().map(id -> jira.customFields().getCustomFieldObject(id));
        if (known.isPresent()) {
            return;
        }
        CustomField field = jira.customFields().getCustomFieldObjectsByName(FIELD).stream().findFirst()
                .orElseGet(() -> createField(type));
        settings.fieldId(field.getIdAsLong());
    }

    @SuppressWarnings("rawtypes")
    private CustomField createField(IssueType type) {
        CustomFieldType fieldType = jira.customFields().getCustomFieldType(FIELD_TYPE);
        CustomFieldSearcher searcher = jira.customFields().getCustomFieldSearcher(FIELD_SEARCHER);
        try {
            return jira.customFields().createCustomField(FIELD, "The mentorship a development goal belongs to.", fieldType, searcher,
                    List.of(GlobalIssueContext.getInstance()), List.of(type));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not store the " + FIELD + " field", e);
        }
    }

    // --- the project ----------------------------------------------------------------------------------

    private void mapInProject(Project project, IssueType type, String workflow, ApplicationUser admin) {
        String typeId = type.getId();
        Collection<IssueType> projectTypes = jira.issueTypeSchemes().getIssueTypesForProject(project);
        boolean typeInProject = projectTypes.stream().anyMatch(t -> typeId.equals(t.getId()));
        WorkflowSchemeManager schemes = jira.workflowSchemes();
        AssignableWorkflowScheme scheme = schemes.getWorkflowSchemeObj(project);
        // The actual workflow: the type's own mapping, else the scheme's default (which may already be ours).
        boolean mapped = workflow.equals(scheme.getActualWorkflow(typeId));
        if (!mapped) {
            String explicit = scheme.getMappings() == null ? null : scheme.getMappings().get(typeId);
            if (explicit != null) {
                throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.othermapping", project.getKey(), explicit));
            }
            if (typeInProject && goalIssuesIn(project, typeId, admin) != 0) {
                throw new RuleViolationException(Problem.of(null, "mentoring.jira.install.existinggoals", project.getKey()));
            }
        }
        if (!typeInProject) {
            FieldConfigScheme typeScheme = jira.issueTypeSchemes().getConfigScheme(project);
            List<String> ids = new ArrayList<>(projectTypes.stream().map(IssueType::getId).toList());
            ids.add(typeId);
            jira.issueTypeSchemes().update(typeScheme, ids);
        }
        if (!mapped) {
            if (schemes.isUsingDefaultScheme(project)) {
                // Jira's default scheme cannot be edited: the project gets its own, the default's workflow for every other type.
                AssignableWorkflowScheme own = schemes.createScheme(schemes.assignableBuilder().setName("Mentoring: " + project.getKey())
                        .setDescription("Jira's default workflow, and the mentoring workflow for Development Goal issues.")
                        .setDefaultWorkflow(JIRA_DEFAULT_WORKFLOW).setMapping(typeId, workflow).build());
                schemes.addSchemeToProject(project, schemes.getSchemeObject(own.getId()));
            } else {
                schemes.updateWorkflowScheme(scheme.builder().setMapping(typeId, workflow).build());
            }
            schemes.clearWorkflowCache();
        }
    }

    /** Development Goal issues in the project (-1 when Jira cannot say, which counts as "some"). */
    private long goalIssuesIn(Project project, String typeId, ApplicationUser admin) {
        SearchService search = jira.search();
        try {
            SearchService.ParseResult query = search.parseQuery(admin, "project = " + project.getId() + " AND issuetype = " + typeId);
            if (!query.isValid()) {
                return -1;
            }
            // Every issue, whoever may see it: a hidden goal issue still has its workflow.
            return jira.issueSearch().getHitCount(admin, query.getQuery(), true);
        } catch (SearchException | RuntimeException | LinkageError e) {
            LOG.warn("Could not count Development Goal issues in {}", project.getKey(), e);
            return -1;
        }
    }
}
