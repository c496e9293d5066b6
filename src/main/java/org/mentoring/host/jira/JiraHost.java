package org.mentoring.host.jira;

import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.StoredGoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;

/**
 * Decides once, when the plugin starts, which host-dependent parts serve: Jira's (goals as issues, the installer,
 * the issue listener) when the host is Jira, else the app's own (goals in its tables, nothing to install).
 *
 * <p>The Jira parts come from a Jira-only component ({@link JiraParts}, listed in component-jira and built from the
 * services in imports-jira): in Confluence no such bean exists and no Jira class is loaded.
 */
public final class JiraHost {
    private final GoalTracker tracker;
    private final GoalContexts contexts;
    private final ProjectSetup setup;
    private final EventPublisher events;
    private final Object listener;

    public JiraHost(EventPublisher events, StoredGoalTracker stored, Optional<JiraParts> jira) {
        this.events = events;
        this.tracker = jira.map(JiraParts::tracker).orElse(stored);
        this.contexts = jira.map(JiraParts::contexts).orElse(GoalContexts.FROM_TRANSIENT_VARS);
        this.setup = jira.map(JiraParts::installer).orElse(ProjectSetup.NONE);
        this.listener = jira.map(JiraParts::listener).orElse(null);
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
