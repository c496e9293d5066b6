package org.mentoring.host.jira;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.DelegatingJiraIssueEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.JiraIssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalCheckInEntity;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.IssueGoals;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/** The issue listener keeps goal rows in step with Development Goal issues, on the real test database. */
public class GoalIssueListenerStoreTest {
    static final String TYPE = "10100";
    static final long FIELD = 10500L;

    private MentoringFixture f;
    private final JiraMocks jira = new JiraMocks();
    private final CustomField field = JiraMocks.field(FIELD);
    private IssueGoals issueGoals;
    private GoalIssueListener listener;
    private Relationship r;
    private Relationship r2;
    private ApplicationUser tomas;
    private ApplicationUser mara;

    /** The ids an install stored: type 10100, field 10500, status ids 201..206 in workflow order. */
    static JiraGoalSettings installedIds(MentoringFixture f) {
        JiraGoalSettings ids = new JiraGoalSettings(f.settings);
        ids.issueTypeId(TYPE);
        ids.fieldId(FIELD);
        java.util.Map<GoalStatus, String> statuses = new java.util.EnumMap<>(GoalStatus.class);
        for (GoalStatus s : GoalStatus.values()) {
            statuses.put(s, statusId(s));
        }
        ids.statusIds(statuses);
        return ids;
    }

    static String statusId(GoalStatus s) {
        return "20" + (s.ordinal() + 1);
    }

    /** An open program managed by MANAGER with Mara as mentor and both mentees enrolled. */
    static long program(MentoringFixture f) {
        return FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE, MENTEE2);
    }

    static Relationship active(MentoringFixture f, long program, String mentee) {
        Relationship p = f.relationships.propose(mentee, new Proposal(MENTOR, mentee, "FORMAL", program, null));
        return f.relationships.move(MENTOR, p.id(), Move.ACCEPT, MoveRequest.none());
    }

    @Before
    public void setUp() {
        f = new MentoringFixture();
        long program = program(f);
        r = active(f, program, MENTEE);
        r2 = active(f, program, MENTEE2);
        when(jira.customFields.getCustomFieldObject(FIELD)).thenReturn(field);
        issueGoals = f.graph.issueGoals();
        listener = new GoalIssueListener(new GoalIssues(installedIds(f), jira.customFields), issueGoals);
        tomas = JiraMocks.user(MENTEE, "tomas");
        mara = JiraMocks.user(MENTOR, "mara");
        f.sent.clear();
    }

    private MutableIssue issue(long id, ApplicationUser reporter, String summary, GoalStatus status, Object relationship, LocalDate due) {
        Status s = JiraMocks.status(statusId(status), "any");
        return JiraMocks.issue(id, TYPE, reporter, summary, s, field, relationship, due);
    }

    private void fire(Long eventType, Issue issue, ApplicationUser by) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventType);
        when(event.getUser()).thenReturn(by);
        DelegatingJiraIssueEvent delegating = mock(DelegatingJiraIssueEvent.class);
        when(delegating.asIssueEvent()).thenReturn(event);
        IssueEventBundle bundle = mock(IssueEventBundle.class);
        when(bundle.getEvents()).thenReturn(List.<JiraIssueEvent>of(delegating));
        listener.onIssueEvents(bundle);
    }

    private Goal goalOf(long issueId) {
        return issueGoals.byIssue(issueId).orElseThrow(() -> new AssertionError("no goal for issue " + issueId));
    }

    @Test
    public void aCreatedIssueNamingARelationshipBecomesItsGoal() {
        fire(1L, issue(9001, tomas, "Run a design review", GoalStatus.DRAFT, (double) r.id(), LocalDate.of(2027, 3, 1)), tomas);

        Goal g = goalOf(9001);
        assertEquals(r.id(), g.relationshipId());
        assertEquals(MENTEE, g.ownerKey());
        assertEquals(MENTOR, g.mentorKey());
        assertEquals("Run a design review", g.title());
        assertEquals(LocalDate.of(2027, 3, 1), g.targetDate());
        assertEquals(GoalStatus.DRAFT, g.status());
        assertEquals(Long.valueOf(9001), g.issueId());
        assertEquals("the other member hears of it", List.of(MENTOR), f.sent.stream().map(n -> n.recipientKey()).toList());
        assertEquals("it is in the relationship's goal list", 1, f.goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
        assertEquals("program managers read it", g.id(), f.goals.get(MANAGER, g.id()).id());
    }

    @Test
    public void editsAndStatusChangesOfTheIssueFollowOnTheGoal() {
        fire(1L, issue(9001, tomas, "Run a design review", GoalStatus.DRAFT, (double) r.id(), null), tomas);
        MutableIssue edited = issue(9001, tomas, "Run two design reviews", GoalStatus.AGREED, (double) r.id(), LocalDate.of(2027, 4, 1));
        when(edited.getDescription()).thenReturn("With the platform team");

        fire(2L, edited, mara);

        Goal g = goalOf(9001);
        assertEquals("Run two design reviews", g.title());
        assertEquals("With the platform team", g.description());
        assertEquals(LocalDate.of(2027, 4, 1), g.targetDate());
        assertEquals(GoalStatus.AGREED, g.status());
        assertEquals(2, g.version());
        fire(2L, edited, mara);
        assertEquals("an event that changes nothing writes nothing", 2, goalOf(9001).version());
    }

    @Test
    public void changingTheRelationshipFieldRelinksTheGoalWhenTheReporterBelongsToTheNewOne() {
        fire(1L, issue(9002, mara, "Coach two mentees", GoalStatus.DRAFT, (double) r.id(), null), mara);
        fire(2L, issue(9002, mara, "Coach two mentees", GoalStatus.DRAFT, (double) r2.id(), null), mara);

        Goal g = goalOf(9002);
        assertEquals(r2.id(), g.relationshipId());
        assertEquals(MENTEE2, g.menteeKey());
        assertEquals(0, f.goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
        assertEquals(1, f.goals.ofRelationship(MENTOR, r2.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void aRelationshipTheReporterIsNotAMemberOfIsNeverLinked() {
        fire(1L, issue(9003, tomas, "Sneak in", GoalStatus.DRAFT, (double) r2.id(), null), tomas);
        assertTrue("not a member of r2: no goal", issueGoals.byIssue(9003).isEmpty());
        fire(1L, issue(9004, tomas, "Nowhere", GoalStatus.DRAFT, 987654.0, null), tomas);
        assertTrue("no such relationship: the same refusal", issueGoals.byIssue(9004).isEmpty());

        fire(1L, issue(9005, tomas, "Mine", GoalStatus.DRAFT, (double) r.id(), null), tomas);
        fire(2L, issue(9005, tomas, "Mine, moved", GoalStatus.DRAFT, (double) r2.id(), null), tomas);
        Goal g = goalOf(9005);
        assertEquals("the goal keeps its relationship", r.id(), g.relationshipId());
        assertEquals("and nothing else of the refused change", "Mine", g.title());
        assertTrue(f.sent.stream().noneMatch(n -> n.recipientKey().equals(MENTEE2)));
    }

    @Test
    public void aDeletedIssueTakesItsGoalAndCheckInsWithIt() {
        fire(1L, issue(9006, tomas, "Delegate", GoalStatus.DRAFT, (double) r.id(), null), tomas);
        Goal g = goalOf(9006);
        f.goals.checkIn(MENTEE, g.id(), 30, null, "first steps", "PAIR");

        fire(8L, issue(9006, tomas, "Delegate", GoalStatus.DRAFT, (double) r.id(), null), tomas);

        assertTrue(issueGoals.byIssue(9006).isEmpty());
        assertEquals(0, f.store.count(GoalCheckInEntity.class, Query.select().where(GoalCheckInEntity.GOAL_ID + " = ?", g.id())));
        assertEquals(0, f.goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void issuesOfOtherTypesAreIgnored() {
        Issue bug = JiraMocks.plainIssue(9007, "1");
        fire(1L, bug, tomas);
        fire(8L, bug, tomas);
        assertTrue(issueGoals.byIssue(9007).isEmpty());
        verify(bug, never()).getCustomFieldValue(any());
        verify(bug, never()).getSummary();
    }
}
