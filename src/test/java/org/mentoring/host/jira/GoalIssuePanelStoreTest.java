package org.mentoring.host.jira;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalIssue;
import org.mentoring.goal.IssueGoals;
import org.mentoring.host.standalone.VelocityViewRenderer;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/** The panel on a goal issue: what members, a program manager, an administrator and an outsider see. */
public class GoalIssuePanelStoreTest {
    private MentoringFixture f;
    private final UserManager sal = mock(UserManager.class);
    private GoalIssuePanel panel;
    private GoalIssuePanelCondition condition;
    private final Issue issue = JiraMocks.plainIssue(9001, GoalIssueListenerStoreTest.TYPE);
    private Goal goal;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        Relationship r = GoalIssueListenerStoreTest.active(f, GoalIssueListenerStoreTest.program(f), MENTEE);
        IssueGoals issueGoals = f.graph.issueGoals();
        goal = issueGoals.issueChanged(new GoalIssue(9001L, MENTEE, "Run a <b>design</b> review", null, null, null, r.id()), MENTEE).orElseThrow();
        f.goals.checkIn(MENTEE, goal.id(), 20, null, "Booked the room <script>x</script>", "PROGRAM");
        f.clock.advance(java.time.Duration.ofMinutes(1));
        f.goals.checkIn(MENTEE, goal.id(), 40, null, "Between us", "PAIR");
        panel = new GoalIssuePanel(issueGoals, f.goals, f.users, sal);
        condition = new GoalIssuePanelCondition(issueGoals, f.goals, f.users, sal);
    }

    private Map<String, Object> as(String viewer) {
        when(sal.getRemoteUserKey()).thenReturn(viewer == null ? null : new UserKey(viewer));
        Map<String, Object> context = new HashMap<>(Map.of("issue", issue));
        return panel.getContextMap(context);
    }

    private boolean shown(String viewer) {
        when(sal.getRemoteUserKey()).thenReturn(viewer == null ? null : new UserKey(viewer));
        return condition.shouldDisplay(new HashMap<>(Map.of("issue", issue)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checkIns(Map<String, Object> model) {
        return (List<Map<String, Object>>) model.get("checkIns");
    }

    @Test
    public void membersSeeTheRelationshipProgressAndEveryNote() {
        assertTrue(shown(MENTOR));
        Map<String, Object> model = as(MENTOR);
        assertEquals("Mara Mentor", model.get("mentor"));
        assertEquals("Tomáš Mentee", model.get("mentee"));
        assertEquals("ACTIVE", model.get("relationshipStatus"));
        assertEquals(40, model.get("progress"));
        assertEquals(List.of("Between us", "Booked the room <script>x</script>"), checkIns(model).stream().map(c -> c.get("note")).toList());
        assertEquals("/plugins/servlet/mentoring/goal?id=" + goal.id(), model.get("goalLink"));
    }

    @Test
    public void programManagersSeeWhatProgramVisibilityAllows() {
        assertTrue(shown(MANAGER));
        List<Map<String, Object>> checkIns = checkIns(as(MANAGER));
        assertEquals(2, checkIns.size());
        assertNull("a pair note stays with the pair", checkIns.get(0).get("note"));
        assertEquals("Booked the room <script>x</script>", checkIns.get(1).get("note"));
    }

    @Test
    public void administratorsOutsidersAndAnonymousSeeNothingAtAll() {
        for (String viewer : new String[] {ADMIN, OUTSIDER, null}) {
            assertFalse(viewer + " is not shown the panel", shown(viewer));
            Map<String, Object> model = as(viewer);
            assertFalse(model.containsKey("visible"));
            assertFalse("not even that a relationship exists", model.containsKey("mentor") || model.containsKey("relationshipStatus"));
        }
        Issue other = JiraMocks.plainIssue(9999, GoalIssueListenerStoreTest.TYPE);
        when(sal.getRemoteUserKey()).thenReturn(new UserKey(MENTOR));
        assertFalse("an issue without a goal has no panel", condition.shouldDisplay(new HashMap<>(Map.of("issue", other))));
    }

    @Test
    public void theTemplateEscapesWhatPeopleWroteAndRendersNothingForOutsiders() throws Exception {
        VelocityViewRenderer renderer = new VelocityViewRenderer(f.users);
        StringWriter member = new StringWriter();
        renderer.render("templates/jira/goal-issue-panel.vm", as(MENTEE), member);
        String html = member.toString();
        assertTrue(html, html.contains("Booked the room &lt;script&gt;x&lt;/script&gt;"));
        assertFalse(html.contains("<script>x"));
        assertTrue(html, html.contains("Mara Mentor") && html.contains("40% done") && html.contains("Active"));

        StringWriter outsider = new StringWriter();
        renderer.render("templates/jira/goal-issue-panel.vm", as(OUTSIDER), outsider);
        assertEquals("", outsider.toString().strip());
    }
}
