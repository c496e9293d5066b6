package org.mentoring.host.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import org.junit.Test;
import org.mentoring.admin.MentoringScope;
import org.mentoring.goal.GoalTracker;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;
import org.mentoring.testing.InMemorySettings;
import org.mentoring.testing.MentoringFixture;

/** The host decides once, by SAL's platform id, whose goal parts serve; Confluence never touches a Jira class. */
public class JiraHostTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final GoalTracker stored = mock(GoalTracker.class);

    @Test
    public void outsideJiraTheAppsOwnPartsServeAndNoJiraServiceIsLookedUp() {
        ApplicationProperties confluence = mock(ApplicationProperties.class);
        when(confluence.getPlatformId()).thenReturn("conf");
        InMemorySettings settings = new InMemorySettings();
        // The public constructor: in Jira it would reach for ComponentAccessor, which the stubs refuse.
        JiraHost host = new JiraHost(confluence, events, settings, new MentoringScope(settings), null, stored);
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
        MentoringFixture f = new MentoringFixture();
        IssueGoals goals = new IssueGoals(f.store, f.transactions, f.relationships, f.sent::add, f.clock);
        JiraComponents components = new JiraComponents(new JiraMocks().services(), f.settings, new MentoringScope(f.settings), goals, stored);
        JiraHost host = new JiraHost("jira", events, stored, () -> components);

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
