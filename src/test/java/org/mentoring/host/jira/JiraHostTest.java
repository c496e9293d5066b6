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
import org.mentoring.host.PeopleSearch;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalTracker;
import org.mentoring.host.ProjectSetup;
import org.mentoring.host.jira.workflow.GoalContexts;
import org.mentoring.testing.MentoringFixture;

/** The host decides once, by the presence of the Jira-only component, whose goal parts serve. */
public class JiraHostTest {
    private final EventPublisher events = mock(EventPublisher.class);

    @Test
    public void outsideJiraTheAppsOwnPartsServeAndNoJiraServiceIsLookedUp() {
        // Outside Jira the Jira-only component JiraServices does not exist.
        JiraHost host = new JiraHost(events, Optional.empty());
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
        JiraServices jira = new JiraMocks().services();
        JiraHost host = new JiraHost(events, Optional.of(new JiraParts.Builder() {
            @Override
            public JiraParts build(GoalHosting.Parts parts) {
                built[0] = (JiraComponents) jira.build(parts);
                return built[0];
            }

            @Override
            public PeopleSearch people() {
                return jira.people();
            }
        }));
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
