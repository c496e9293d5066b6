package org.mentoring.host.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import java.util.function.Function;
import org.mentoring.goal.GoalHosting;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * Decides once, when the plugin's graph is built, which host-dependent goal parts serve: Jira's (goals as issues, the
 * installer, the issue listener) or the app's own (goals in its tables, nothing to install). SAL's platform id says
 * which.
 *
 * <p>Why not Spring references to Jira's services: the same jar installs in Confluence, where no
 * {@code com.atlassian.jira} class exists. An OSGi service reference needs its interface class to build its proxy
 * even with {@code availability="optional"}, so one Jira reference would stop the plugin's whole Spring context in
 * Confluence. So no Jira type appears in the Spring wiring nor in this class's signatures: in Jira,
 * {@link JiraServices#fromComponentAccessor()} looks the services up and {@link JiraComponents} builds the adapters;
 * those classes are never loaded elsewhere (the bundle imports {@code com.atlassian.jira.*} optionally).
 */
public final class JiraHost implements GoalHosting {
    /** What SAL's ApplicationProperties.getPlatformId() answers in Jira. */
    static final String JIRA = "jira";

    private final boolean jira;
    private final EventPublisher events;
    private final Function<Parts, JiraComponents> jiraParts;
    /** Set once by {@link #choose}, while the graph is built (before any module asks for it). */
    private GoalContexts contexts = GoalContexts.FROM_TRANSIENT_VARS;
    private Object listener;

    public JiraHost(ApplicationProperties application, EventPublisher events) {
        this(application.getPlatformId(), events, parts -> new JiraComponents(JiraServices.fromComponentAccessor(),
                parts.settings(), parts.scope(), parts.issueGoals(), parts.ownTables()));
    }

    JiraHost(String platformId, EventPublisher events, Function<Parts, JiraComponents> jiraParts) {
        this.jira = JIRA.equals(platformId);
        this.events = events;
        this.jiraParts = jiraParts;
    }

    /** In Jira: Jira's tracker and installer, and the issue listener starts hearing Jira's issue events. */
    @Override
    public Choice choose(Parts parts) {
        if (!jira) {
            return OWN_TABLES.choose(parts);
        }
        JiraComponents components = jiraParts.apply(parts);
        this.contexts = components.contexts();
        this.listener = components.listener();
        events.register(listener);
        return new Choice(components.tracker(), components.installer());
    }

    /** Spring destroy-method: the listener stops when the plugin is disabled or upgraded. */
    public void stop() {
        if (listener != null) {
            events.unregister(listener);
        }
    }

    public boolean isJira() {
        return jira;
    }

    /** What Jira's workflow conditions, validators and functions judge (injected into them by type). */
    public GoalContexts goalContexts() {
        return contexts;
    }
}
