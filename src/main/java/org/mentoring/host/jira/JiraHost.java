package org.mentoring.host.jira;

import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.mentoring.goal.GoalHosting;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * Decides once, when the plugin's graph is built, which host-dependent goal parts serve: Jira's (goals as issues, the
 * installer, the issue listener) when the host is Jira, or the app's own (goals in its tables, nothing to install).
 *
 * <p>Jira's parts come from {@link JiraServices}, a Jira-only component (META-INF/plugin-components/component-jira,
 * built from the services in imports-jira). This class sees it only as a {@link JiraParts.Builder}, which names no Jira
 * type: in Confluence no such bean exists and no Jira class is loaded.
 */
public final class JiraHost implements GoalHosting {
    private final EventPublisher events;
    private final Optional<JiraParts.Builder> jira;
    /** Set once by {@link #choose}, while the graph is built (before any module asks for it). */
    private GoalContexts contexts = GoalContexts.FROM_TRANSIENT_VARS;
    private Object listener;

    public JiraHost(EventPublisher events, Optional<JiraParts.Builder> jira) {
        this.events = events;
        this.jira = jira;
    }

    /** In Jira: Jira's tracker and installer, and the issue listener starts hearing Jira's issue events. */
    @Override
    public Choice choose(Parts parts) {
        if (jira.isEmpty()) {
            return OWN_TABLES.choose(parts);
        }
        JiraParts built = jira.get().build(parts);
        this.contexts = built.contexts();
        this.listener = built.listener();
        events.register(listener);
        return new Choice(built.tracker(), built.installer());
    }

    /** Spring destroy-method: the listener stops when the plugin is disabled or upgraded. */
    public void stop() {
        if (listener != null) {
            events.unregister(listener);
        }
    }

    public boolean isJira() {
        return jira.isPresent();
    }

    /** What Jira's workflow conditions, validators and functions judge (injected into them by type). */
    public GoalContexts goalContexts() {
        return contexts;
    }
}
