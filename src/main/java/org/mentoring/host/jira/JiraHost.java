package org.mentoring.host.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import java.util.function.Supplier;
import org.mentoring.admin.MentoringScope;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.Settings;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * Decides once, when the plugin starts, which host-dependent parts serve: Jira's (goals as issues, the installer,
 * the issue listener) or the app's own (goals in its tables, nothing to install). SAL's platform id says which.
 *
 * <p>Why not Spring references to Jira's services: the same jar installs in Confluence, where no
 * {@code com.atlassian.jira} class exists. An OSGi service reference needs its interface class to build its proxy
 * even with {@code availability="optional"}, so one Jira reference would stop the plugin's whole Spring context in
 * Confluence. So no Jira type appears in the Spring wiring nor in this class's signatures: in Jira,
 * {@link JiraServices#fromComponentAccessor()} looks the services up and {@link JiraComponents} builds the adapters;
 * those classes are never loaded elsewhere (the bundle imports {@code com.atlassian.jira.*} optionally).
 */
public final class JiraHost {
    /** What SAL's ApplicationProperties.getPlatformId() answers in Jira. */
    static final String JIRA = "jira";

    private final GoalTracker tracker;
    private final GoalContexts contexts;
    private final ProjectSetup setup;
    private final EventPublisher events;
    private final Object listener;

    public JiraHost(ApplicationProperties application, EventPublisher events, Settings settings, MentoringScope scope,
                    IssueGoals goals, GoalTracker stored) {
        this(application.getPlatformId(), events, stored,
                () -> new JiraComponents(JiraServices.fromComponentAccessor(), settings, scope, goals, stored));
    }

    JiraHost(String platformId, EventPublisher events, GoalTracker stored, Supplier<JiraComponents> jira) {
        this.events = events;
        if (JIRA.equals(platformId)) {
            JiraComponents components = jira.get();
            this.tracker = components.tracker();
            this.contexts = components.contexts();
            this.setup = components.installer();
            this.listener = components.listener();
        } else {
            this.tracker = stored;
            this.contexts = GoalContexts.FROM_TRANSIENT_VARS;
            this.setup = ProjectSetup.NONE;
            this.listener = null;
        }
    }

    /** Spring init-method: the issue listener starts hearing Jira's issue events. */
    public void start() {
        if (listener != null) {
            events.register(listener);
        }
    }

    /** Spring destroy-method: and stops when the plugin is disabled or upgraded. */
    public void stop() {
        if (listener != null) {
            events.unregister(listener);
        }
    }

    public boolean isJira() {
        return listener != null;
    }

    public GoalTracker goalTracker() {
        return tracker;
    }

    public GoalContexts goalContexts() {
        return contexts;
    }

    public ProjectSetup projectSetup() {
        return setup;
    }
}
