package org.mentoring.host.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.junit.Test;
import org.mentoring.admin.MentoringScope;
import org.mentoring.goal.StoredGoalTracker;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;
import org.mentoring.testing.MentoringFixture;

/** The host decides once, by the presence of the Jira-only component, whose goal parts serve. */
public class JiraHostTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final MentoringFixture f = new MentoringFixture();
    private final StoredGoalTracker stored = new StoredGoalTracker(f.store, f.sent::add, f.clock);

    @Test
    public void outsideJiraTheAppsOwnPartsServeAndNoJiraServiceIsLookedUp() {
        // Outside Jira the Jira-only component does not exist.
        JiraHost host = new JiraHost(events, stored, Optional.empty());
        host.start();
        host.stop();

        assertFalse(host.isJira());
        assertSame(stored, host.goalTracker());
        assertSame(GoalContexts.FROM_TRANSIENT_VARS, host.goalContexts());
        assertSame(ProjectSetup.NONE, host.projectSetup());
        verify(events, never()).register(any());
        verify(events, never()).unregister(any());
    }

    @Test
    public void inJiraTheJiraPartsServeAndTheListenerFollowsThePluginsLifecycle() {
        IssueGoals goals = new IssueGoals(f.store, f.transactions, f.relationships, f.sent::add, f.clock);
        JiraComponents components = new JiraComponents(new JiraMocks().services(), f.settings, new MentoringScope(f.settings), goals, stored);
        JiraHost host = new JiraHost(events, stored, Optional.of(components));

        assertTrue(host.isJira());
        assertSame(components.tracker(), host.goalTracker());
        assertTrue(host.goalTracker() instanceof JiraGoalTracker);
        assertTrue(host.goalContexts() instanceof JiraGoalContexts);
        assertTrue(host.projectSetup() instanceof JiraGoalInstaller);
        verify(events, never()).register(any());
        host.start();
        verify(events).register(components.listener());
        host.stop();
        verify(events).unregister(components.listener());
    }
}
