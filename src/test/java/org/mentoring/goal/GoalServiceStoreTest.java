package org.mentoring.goal;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/** The app's own goal tracker, on a real database, following the shipped workflow definition. */
public class GoalServiceStoreTest {
    private MentoringFixture f;
    private GoalService goals;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        goals = f.goals;
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    private Goal draft(String title, String criteria, String date) {
        return goals.create(MENTEE, r.id(), new GoalInput(title, "Why it matters", criteria, "Leadership, feedback", date, null));
    }

    private static Set<String> keys(DomainException e) {
        return e.problems().stream().map(Problem::key).collect(Collectors.toSet());
    }

    private List<Integer> ids(String viewer, long goalId) {
        return goals.transitions(viewer, goalId).stream().map(GoalService.Transition::id).toList();
    }

    @Test
    public void theSameJourneyAsInJirasWorkflowEngine() {
        Goal g = draft("Run a design review", null, null);
        assertEquals(GoalStatus.DRAFT, g.status());
        assertEquals(MENTEE, g.ownerKey());
        assertEquals("competencies keep the case they were typed in", List.of("Leadership", "feedback"), g.competencies());
        assertEquals("the owner cannot agree to their own goal", List.of(91), ids(MENTEE, g.id()));
        assertEquals(List.of(91, 11), ids(MENTOR, g.id()));

        ValidationException notReady = assertThrows(ValidationException.class, () -> goals.transition(MENTOR, g.id(), 11, Map.of(), null));
        assertEquals(Set.of("mentoring.goal.rule.ready.criteria"), keys(notReady));
        goals.edit(MENTEE, g.id(), new GoalInput("Run a design review", null, "Two reviews run", null, "2027-03-01", null), null);
        assertEquals(GoalStatus.AGREED, goals.transition(MENTOR, g.id(), 11, Map.of(), null).status());
        assertEquals(GoalStatus.IN_PROGRESS, goals.transition(MENTEE, g.id(), 21, Map.of(), null).status());
        assertEquals(GoalStatus.IN_REVIEW, goals.transition(MENTEE, g.id(), 31, Map.of(), null).status());
        ValidationException noComment = assertThrows(ValidationException.class, () -> goals.transition(MENTOR, g.id(), 42, Map.of(), null));
        assertEquals("comment", noComment.problems().get(0).field());
        assertEquals(GoalStatus.IN_PROGRESS, goals.transition(MENTOR, g.id(), 42, Map.of("comment", "One more review"), null).status());
        goals.transition(MENTEE, g.id(), 31, Map.of(), null);
        RuleViolationException ownSignOff = assertThrows(RuleViolationException.class, () -> goals.transition(MENTEE, g.id(), 41, Map.of(), null));
        assertEquals(Set.of("mentoring.goal.rule.othermember"), keys(ownSignOff));
        Goal achieved = goals.transition(MENTOR, g.id(), 41, Map.of(), null);
        assertEquals(GoalStatus.ACHIEVED, achieved.status());
        assertEquals(100, achieved.progress());
        assertEquals(List.of(51), ids(MENTEE, g.id()));
    }

    @Test
    public void droppingNeedsAReasonReopeningResumesWork() {
        Goal g = draft("Learn to delegate", "Delegate three tasks", "2027-01-31");
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> goals.transition(MENTEE, g.id(), 91, Map.of(), null)).problems().get(0).field());
        assertEquals(GoalStatus.DROPPED, goals.transition(MENTEE, g.id(), 91, Map.of("reason", "Changed teams"), null).status());
        assertThrows("dropped goals can't be edited", RuleViolationException.class,
                () -> goals.edit(MENTEE, g.id(), new GoalInput("x", null, null, null, null, null), null));
        assertEquals(GoalStatus.IN_PROGRESS, goals.transition(MENTOR, g.id(), 51, Map.of(), null).status());
        RuleViolationException wrong = assertThrows(RuleViolationException.class, () -> goals.transition(MENTOR, g.id(), 11, Map.of(), null));
        assertEquals(Set.of("mentoring.goal.transition.unavailable"), keys(wrong));
    }

    @Test
    public void goalsOfAnInactiveRelationshipAreReadOnly() {
        Goal g = draft("Public speaking", "Give a talk", "2027-02-01");
        f.relationships.move(MENTOR, r.id(), Move.PAUSE, MoveRequest.none());
        assertEquals(List.of(), ids(MENTOR, g.id()));
        assertEquals(Set.of("mentoring.goal.rule.active"),
                keys(assertThrows(RuleViolationException.class, () -> goals.transition(MENTOR, g.id(), 11, Map.of(), null))));
        assertThrows(RuleViolationException.class, () -> goals.checkIn(MENTEE, g.id(), 10, null, null, null));
        assertThrows(RuleViolationException.class, () -> draft("Another", null, null));
        f.relationships.move(MENTOR, r.id(), Move.RESUME, MoveRequest.none());
        f.relationships.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        f.relationships.move(MENTOR, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        f.relationships.move(MENTEE, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        assertEquals("alumni goals are read-only", List.of(), ids(MENTEE, g.id()));
        assertEquals("Public speaking", goals.get(MENTEE, g.id()).title());
    }

    @Test
    public void whoSeesAndWhoChangesGoals() {
        Goal g = draft("Negotiation", null, null);
        assertEquals("program managers read goals", "Negotiation", goals.get(MANAGER, g.id()).title());
        assertThrows("admins do not", NotFoundException.class, () -> goals.get(ADMIN, g.id()));
        assertThrows(NotFoundException.class, () -> goals.get(OUTSIDER, g.id()));
        assertThrows(NotFoundException.class, () -> goals.transitions(OUTSIDER, g.id()));
        assertThrows(ForbiddenException.class, () -> goals.checkIn(MANAGER, g.id(), 10, null, null, null));
        assertThrows(ForbiddenException.class, () -> goals.create(MANAGER, r.id(), new GoalInput("x", null, null, null, null, MENTEE)));
        assertEquals(List.of(), ids(MANAGER, g.id()));
        assertThrows(NotFoundException.class, () -> goals.create(OUTSIDER, r.id(), new GoalInput("x", null, null, null, null, null)));
    }

    @Test
    public void badInputNamesEachFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> goals.create(MENTEE, r.id(),
                new GoalInput(" ", null, "c".repeat(10_001), "a,b,c,d,e,f,g,h,i,j,k", "2027-02-30", null)));
        assertEquals(Set.of("title", "successCriteria", "competencies", "targetDate"),
                e.problems().stream().map(Problem::field).collect(Collectors.toSet()));
        ValidationException owner = assertThrows(ValidationException.class, () -> goals.create(MENTEE, r.id(),
                new GoalInput("Mine", null, null, null, null, OUTSIDER)));
        assertEquals("ownerKey", owner.problems().get(0).field());
        assertEquals(0, goals.ofRelationship(MENTEE, r.id(), Set.of(), PageRequest.first(10)).goals().total());
        assertTrue(f.sent.isEmpty());
    }

    @Test
    public void checkInsMilestonesAndEvidence() {
        Goal g = draft("Mentor a junior", "A junior ships a feature", "2027-04-01");
        goals.checkIn(MENTEE, g.id(), 30, null, "Paired twice this week", null);
        Goal after = goals.checkIn(MENTEE, g.id(), 45, "2026-11-01", "Private worry: am I too slow?", "PRIVATE");
        assertEquals(45, after.progress());
        List<CheckIn> forMentor = goals.checkIns(MENTOR, g.id(), PageRequest.first(10));
        assertEquals(2, forMentor.size());
        assertNull("a private check-in note stays with its author", forMentor.get(0).note());
        assertEquals("Private worry: am I too slow?", goals.checkIns(MENTEE, g.id(), PageRequest.first(10)).get(0).note());
        assertEquals(Set.of("progress"), assertThrows(ValidationException.class,
                () -> goals.checkIn(MENTEE, g.id(), 101, null, null, null)).problems().stream().map(Problem::field).collect(Collectors.toSet()));
        assertThrows(ValidationException.class, () -> goals.checkIn(MENTEE, g.id(), 50, "2099-01-01", null, null));

        Milestone first = goals.addMilestone(MENTOR, g.id(), "Pick a starter task");
        goals.addMilestone(MENTEE, g.id(), "Review their first PR");
        goals.setMilestoneDone(MENTEE, g.id(), first.id(), true);
        List<Milestone> milestones = goals.milestones(MANAGER, g.id());
        assertEquals(List.of("Pick a starter task", "Review their first PR"), milestones.stream().map(Milestone::title).toList());
        assertTrue(milestones.get(0).done());
        goals.removeMilestone(MENTOR, g.id(), first.id());
        assertEquals(1, goals.milestones(MENTEE, g.id()).size());

        goals.addEvidence(MENTEE, g.id(), "jira_issue", "MENT-42", "The feature");
        goals.addEvidence(MENTEE, g.id(), "URL", "https://example.org/talk", null);
        assertEquals(2, goals.evidence(MENTOR, g.id()).size());
        assertEquals("ref", assertThrows(ValidationException.class,
                () -> goals.addEvidence(MENTEE, g.id(), "JIRA_ISSUE", "not a key", null)).problems().get(0).field());
        assertEquals("ref", assertThrows(ValidationException.class,
                () -> goals.addEvidence(MENTEE, g.id(), "URL", "javascript:alert(1)", null)).problems().get(0).field());
    }

    @Test
    public void everyMoveIsRecordedSummarisedAndNotified() {
        Goal a = draft("A", "done when A", "2027-01-01");
        draft("B", null, null);
        goals.transition(MENTOR, a.id(), 11, Map.of(), null);
        goals.checkIn(MENTEE, a.id(), 60, null, null, null);
        var summary = new GoalStore(f.store).summary(r.id()).orElseThrow();
        assertEquals(2, summary.getTotal());
        assertEquals(2, summary.getOpenGoals());
        assertEquals(30, summary.getAverageProgress());
        List<GoalEventEntity> events = new GoalStore(f.store).events(a.id(), PageRequest.first(10));
        assertEquals(List.of("CREATE", "TRANSITION", "CHECK_IN"), events.stream().map(GoalEventEntity::getType).toList());
        assertEquals("Agree", events.get(1).getActionName());
        assertEquals(List.of(MENTOR, MENTOR, MENTEE), f.sent.stream().map(n -> n.recipientKey()).toList());
    }

    @Test
    public void myGoalsSpanMyRelationships() {
        draft("One", null, null);
        Relationship second = f.relationships.propose(MENTOR, new Proposal(MENTOR, "u-zoe", "INFORMAL", null, null));
        f.relationships.move("u-zoe", second.id(), Move.ACCEPT, MoveRequest.none());
        goals.create(MENTOR, second.id(), new GoalInput("Two", null, null, null, null, "u-zoe"));
        assertEquals(2, goals.mine(MENTOR, PageRequest.first(10)).total());
        assertEquals(1, goals.mine(MENTEE, PageRequest.first(10)).total());
        assertEquals(0, goals.mine(OUTSIDER, PageRequest.first(10)).total());
        assertEquals(1, goals.ofRelationship(MANAGER, r.id(), Set.of(GoalStatus.DRAFT), PageRequest.first(10)).goals().total());
    }
}
