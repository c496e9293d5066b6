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
import org.mentoring.goal.GoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;
import org.mentoring.testing.MentoringFixture;

/** The host decides once, by SAL's platform id, whose goal parts serve; Confluence never touches a Jira class. */
public class JiraHostTest {
    private final EventPublisher events = mock(EventPublisher.class);

    @Test
    public void outsideJiraTheAppsOwnPartsServeAndNoJiraServiceIsLookedUp() {
        ApplicationProperties confluence = mock(ApplicationProperties.class);
        when(confluence.getPlatformId()).thenReturn("conf");
        // The public constructor: in Jira it would reach for ComponentAccessor, which the stubs refuse.
        JiraHost host = new JiraHost(confluence, events);
        MentoringFixture f = new MentoringFixture(host);
        host.stop();

        assertFalse(host.isJira());
        assertTrue("the app's own tables keep the goals", !(f.graph.goalTracker() instanceof JiraGoalTracker));
        assertSame(GoalContexts.FROM_TRANSIENT_VARS, host.goalContexts());
        assertSame(ProjectSetup.NONE, f.graph.projectSetup());
        verify(events, never()).register(any());
        verify(events, never()).unregister(any());
    }

    @Test
    public void inJiraTheJiraPartsServeAndTheListenerFollowsThePluginsLifecycle() {
        JiraComponents[] built = new JiraComponents[1];
        JiraHost host = new JiraHost("jira", events, parts -> built[0] = new JiraComponents(new JiraMocks().services(),
                parts.settings(), parts.scope(), parts.issueGoals(), parts.ownTables()));
        MentoringFixture f = new MentoringFixture(host);
        JiraComponents components = built[0];

        assertTrue(host.isJira());
        assertSame(components.tracker(), f.graph.goalTracker());
        assertTrue(host.goalContexts() instanceof JiraGoalContexts);
        assertSame(components.installer(), f.graph.projectSetup());
        assertTrue(f.graph.projectSetup() instanceof JiraGoalInstaller);
        verify(events).register(components.listener());
        host.stop();
        verify(events).unregister(components.listener());
    }
}
