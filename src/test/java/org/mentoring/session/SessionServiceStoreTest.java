package org.mentoring.session;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ConflictException;
import org.mentoring.error.DomainException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalEventEntity;
import org.mentoring.goal.GoalInput;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.Milestone;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipJson;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/** The session log on a real database: who reads and writes what, conversions, the meeting cadence, atomicity. */
public class SessionServiceStoreTest {
    private static final String MENTOR_SECRET = "MENTOR-PRIVATE-7c1e";
    private static final String MENTEE_SECRET = "MENTEE-PRIVATE-42aa";

    private MentoringFixture f;
    private SessionService sessions;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        sessions = f.sessions;
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
        f.store.beforeFind(type -> { });
    }

    private static SessionInput held(String heldOn, String shared, String next) {
        return new SessionInput(heldOn, 45, "Delegation, design reviews", shared, next);
    }

    private Session log(String actor, String heldOn, String privateNote, ActionItemInput... items) {
        return sessions.create(actor, r.id(), held(heldOn, "We talked about delegating the release.", null), privateNote, List.of(items));
    }

    private static ActionItemInput item(String text, String owner, String due) {
        return new ActionItemInput(text, owner, due, null);
    }

    private static Set<String> fields(DomainException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    private static Set<String> keys(DomainException e) {
        return e.problems().stream().map(Problem::key).collect(Collectors.toSet());
    }

    private Relationship now() {
        return f.relationships.get(MENTOR, r.id());
    }

    @Test
    public void aLoggedSessionIsSharedWithTheOtherMemberButNotTheAuthorsPrivateNote() {
        Session logged = log(MENTOR, "2026-11-01", MENTOR_SECRET, item("Draft the review checklist", MENTEE, "2026-11-15"),
                item("Introduce Tomáš to the architects", null, null));
        assertEquals(MENTOR_SECRET, logged.privateNote());
        assertEquals(1, logged.version());
        assertEquals(List.of(MENTEE, MENTOR), logged.actionItems().stream().map(ActionItem::ownerKey).toList());

        Session seen = sessions.get(MENTEE, logged.id());
        assertEquals("We talked about delegating the release.", seen.sharedNotes());
        assertEquals("Delegation, design reviews", seen.topics());
        assertEquals(Integer.valueOf(45), seen.durationMinutes());
        assertNull("the mentor's private note is the mentor's alone", seen.privateNote());
        assertEquals(2, seen.actionItems().size());
        assertEquals(LocalDate.parse("2026-11-15"), seen.actionItems().get(0).dueOn());

        assertEquals(1, f.sent.size());
        assertEquals(MENTEE, f.sent.get(0).recipientKey());
        assertFalse("notifications carry no private content", f.sent.get(0).args().toString().contains(MENTOR_SECRET));
        assertEquals(1, now().meetings().sessions());
        assertEquals(LocalDate.parse("2026-11-01"), now().meetings().lastSessionOn());
    }

    @Test
    public void eachMemberKeepsTheirOwnPrivateNoteAndNobodyElseSeesIt() {
        Session s = log(MENTOR, "2026-11-01", MENTOR_SECRET);
        Session mine = sessions.setPrivateNote(MENTEE, s.id(), MENTEE_SECRET);
        assertEquals(MENTEE_SECRET, mine.privateNote());
        assertEquals("a private note changes nothing the other member can see", 1, mine.version());
        assertEquals(s.updatedAt(), mine.updatedAt());

        assertEquals(MENTOR_SECRET, sessions.get(MENTOR, s.id()).privateNote());
        assertEquals(MENTEE_SECRET, sessions.get(MENTEE, s.id()).privateNote());
        assertEquals(MENTOR_SECRET, sessions.ofRelationship(MENTOR, r.id(), PageRequest.first(10)).sessions().values().get(0).privateNote());
        assertEquals(MENTEE_SECRET, sessions.ofRelationship(MENTEE, r.id(), PageRequest.first(10)).sessions().values().get(0).privateNote());

        for (String outsider : List.of(MANAGER, ADMIN, OUTSIDER)) {
            assertThrows(outsider, NotFoundException.class, () -> sessions.get(outsider, s.id()));
            assertThrows(outsider, NotFoundException.class, () -> sessions.ofRelationship(outsider, r.id(), PageRequest.first(10)));
            assertThrows(outsider, NotFoundException.class, () -> sessions.setPrivateNote(outsider, s.id(), "mine now"));
            assertThrows(outsider, NotFoundException.class, () -> sessions.removePrivateNote(outsider, s.id()));
        }
        assertEquals(MENTOR_SECRET, sessions.get(MENTOR, s.id()).privateNote());

        // A member can always take their own note back, even once the mentorship is over; the other note stays.
        f.relationships.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        assertThrows(RuleViolationException.class, () -> sessions.setPrivateNote(MENTEE, s.id(), "again"));
        sessions.removePrivateNote(MENTEE, s.id());
        assertNull(sessions.get(MENTEE, s.id()).privateNote());
        assertEquals(MENTOR_SECRET, sessions.get(MENTOR, s.id()).privateNote());
    }

    @Test
    public void whoLogsWhenAndWhatIsValid() {
        assertThrows(ForbiddenException.class, () -> log(MANAGER, "2026-11-01", null));
        assertThrows(ForbiddenException.class, () -> sessions.create(ADMIN, r.id(), held("2026-11-01", null, null), null, List.of()));
        assertThrows(NotFoundException.class, () -> log(OUTSIDER, "2026-11-01", null));

        ValidationException bad = assertThrows(ValidationException.class, () -> sessions.create(MENTEE, r.id(),
                new SessionInput("2026-11-03", -5, "t".repeat(451), "n".repeat(10_001), "2026-11-01"), "p".repeat(10_001),
                List.of(item(" ", null, "soon"))));
        assertEquals(Set.of("heldOn", "durationMinutes", "topics", "sharedNotes", "nextMeetingOn", "privateNote", "actionItems[0].text",
                "actionItems[0].dueOn"), fields(bad));
        assertEquals(Set.of("mentoring.session.heldon.future", "mentoring.error.range", "mentoring.error.toolong",
                "mentoring.session.next.beforeheld", "mentoring.error.required", "mentoring.error.date"), keys(bad));
        assertEquals(Set.of("heldOn"), fields(assertThrows(ValidationException.class,
                () -> sessions.create(MENTEE, r.id(), held(null, null, null), null, List.of()))));
        assertEquals(Set.of("nextMeetingOn"), fields(assertThrows(ValidationException.class,
                () -> sessions.create(MENTEE, r.id(), held("2026-11-01", null, "2026-11-01"), null, List.of()))));
        assertEquals(Set.of("actionItems[1].ownerKey"), fields(assertThrows(ValidationException.class,
                () -> log(MENTEE, "2026-11-01", null, item("Fine", MENTOR, null), item("Not theirs", OUTSIDER, null)))));
        List<ActionItemInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= SessionService.MAX_ITEMS; i++) {
            tooMany.add(item("Item " + i, null, null));
        }
        assertEquals(Set.of("actionItems"), fields(assertThrows(ValidationException.class,
                () -> log(MENTEE, "2026-11-01", null, tooMany.toArray(new ActionItemInput[0])))));
        assertEquals("nothing was written", 0, sessions.ofRelationship(MENTEE, r.id(), PageRequest.first(10)).sessions().total());
        assertTrue(f.sent.isEmpty());

        f.relationships.move(MENTEE, r.id(), Move.PAUSE, MoveRequest.none());
        assertEquals(Set.of("mentoring.session.rule.status"),
                keys(assertThrows(RuleViolationException.class, () -> log(MENTEE, "2026-11-01", null))));
        f.relationships.move(MENTEE, r.id(), Move.RESUME, MoveRequest.none());
        f.relationships.move(MENTEE, r.id(), Move.COMPLETE, MoveRequest.none());
        assertThrows("completed: the log is closed", RuleViolationException.class, () -> log(MENTEE, "2026-11-01", null));
        f.relationships.move(MENTOR, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        f.relationships.move(MENTEE, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        assertEquals("alumni keep in touch and log their catch-ups", 1, log(MENTEE, "2026-11-01", null).version());
    }

    @Test
    public void eitherMemberEditsTheSharedRecordWithOptimisticVersions() {
        Session s = log(MENTOR, "2026-10-30", MENTOR_SECRET, item("Read Team Topologies", MENTEE, null));
        Session edited = sessions.edit(MENTEE, s.id(), new SessionInput("2026-10-31", 60, "Delegation", "Corrected: we met on Saturday.",
                "2026-11-14"), 1);
        assertEquals(2, edited.version());
        assertEquals(MENTEE, edited.updatedBy());
        assertEquals("the editor does not get the author's private note", null, edited.privateNote());
        assertEquals(MENTOR_SECRET, sessions.get(MENTOR, s.id()).privateNote());
        assertEquals(Set.of("mentoring.error.stale"), keys(assertThrows(ConflictException.class,
                () -> sessions.edit(MENTOR, s.id(), held("2026-10-31", "Overwrite", null), 1))));
        assertEquals("Corrected: we met on Saturday.", sessions.get(MENTOR, s.id()).sharedNotes());
        assertThrows(NotFoundException.class, () -> sessions.edit(MANAGER, s.id(), held("2026-10-31", "x", null), null));
        assertThrows(NotFoundException.class, () -> sessions.edit(ADMIN, s.id(), held("2026-10-31", "x", null), null));

        long itemId = s.actionItems().get(0).id();
        ActionItem done = sessions.editItem(MENTOR, s.id(), itemId, new ActionItemInput(null, null, null, true), 1);
        assertTrue(done.done());
        assertEquals("Read Team Topologies", done.text());
        assertThrows(ConflictException.class, () -> sessions.editItem(MENTEE, s.id(), itemId, new ActionItemInput(null, null, null, false), 1));
        ActionItem moved = sessions.editItem(MENTEE, s.id(), itemId, new ActionItemInput("Read chapters 1–3", MENTOR, "2026-11-20", null), 2);
        assertEquals(MENTOR, moved.ownerKey());
        assertEquals(LocalDate.parse("2026-11-20"), moved.dueOn());
        assertNull(sessions.editItem(MENTEE, s.id(), itemId, new ActionItemInput(null, null, "", null), null).dueOn());
        assertEquals(Set.of("ownerKey"), fields(assertThrows(ValidationException.class,
                () -> sessions.addItem(MENTEE, s.id(), item("Ask Olga", OUTSIDER, null)))));
        ActionItem added = sessions.addItem(MENTEE, s.id(), item("Ask Pam", null, null));
        assertEquals(MENTEE, added.ownerKey());
        assertEquals(2, sessions.get(MENTOR, s.id()).actionItems().size());
        assertThrows(NotFoundException.class, () -> sessions.editItem(MENTEE, s.id(), 999_999, new ActionItemInput(null, null, null, true), null));
    }

    @Test
    public void actionItemsBecomeGoalsOrMilestonesOnceThroughTheGoalRules() {
        Session s = log(MENTEE, "2026-11-01", null, item("Give a lightning talk", MENTEE, "2027-01-15"),
                item("Write the talk outline", MENTEE, null), item("Book a rehearsal room", MENTOR, null));
        long talk = s.actionItems().get(0).id();
        long outline = s.actionItems().get(1).id();

        SessionService.Converted converted = sessions.toGoal(MENTOR, s.id(), talk);
        Goal goal = converted.goal();
        assertEquals(GoalStatus.DRAFT, goal.status());
        assertEquals("Give a lightning talk", goal.title());
        assertEquals(MENTEE, goal.ownerKey());
        assertEquals(LocalDate.parse("2027-01-15"), goal.targetDate());
        assertEquals(Long.valueOf(goal.id()), converted.item().goalId());
        assertEquals(Long.valueOf(goal.id()), sessions.get(MENTEE, s.id()).actionItems().get(0).goalId());
        assertEquals(Set.of("mentoring.session.item.converted"),
                keys(assertThrows(RuleViolationException.class, () -> sessions.toGoal(MENTEE, s.id(), talk))));
        assertThrows(RuleViolationException.class, () -> sessions.toMilestone(MENTEE, s.id(), talk, goal.id()));
        assertEquals("one goal, not two", 1, f.goals.ofRelationship(MENTEE, r.id(), Set.of(), PageRequest.first(10)).goals().total());

        ActionItem milestone = sessions.toMilestone(MENTEE, s.id(), outline, goal.id());
        assertEquals(Long.valueOf(goal.id()), milestone.goalId());
        List<Milestone> milestones = f.goals.milestones(MENTEE, goal.id());
        assertEquals(List.of("Write the talk outline"), milestones.stream().map(Milestone::title).toList());
        assertEquals(Long.valueOf(milestones.get(0).id()), milestone.milestoneId());
        assertThrows(RuleViolationException.class, () -> sessions.toMilestone(MENTEE, s.id(), outline, goal.id()));
        assertEquals(1, f.goals.milestones(MENTEE, goal.id()).size());

        // Only goals of this mentorship; the goal rules refuse closed goals, and nothing is converted then.
        long room = s.actionItems().get(2).id();
        assertEquals(Set.of("goalId"), fields(assertThrows(ValidationException.class, () -> sessions.toMilestone(MENTOR, s.id(), room, null))));
        assertEquals(Set.of("goalId"), fields(assertThrows(ValidationException.class, () -> sessions.toMilestone(MENTOR, s.id(), room, 999_999L))));
        Relationship other = f.relationships.propose(MENTOR, new Proposal(MENTOR, "u-zoe", "INFORMAL", null, null));
        f.relationships.move("u-zoe", other.id(), Move.ACCEPT, MoveRequest.none());
        Goal elsewhere = f.goals.create(MENTOR, other.id(), new GoalInput("Zoë's goal", null, null, null, null, null));
        assertEquals(Set.of("goalId"), fields(assertThrows(ValidationException.class,
                () -> sessions.toMilestone(MENTOR, s.id(), room, elsewhere.id()))));
        f.goals.transition(MENTEE, goal.id(), 91, Map.of("reason", "Conference cancelled"), null);
        assertEquals(Set.of("mentoring.goal.closed"), keys(assertThrows(RuleViolationException.class,
                () -> sessions.toMilestone(MENTOR, s.id(), room, goal.id()))));
        assertNull(sessions.get(MENTOR, s.id()).actionItems().get(2).goalId());
        assertThrows(NotFoundException.class, () -> sessions.toGoal(MANAGER, s.id(), room));
    }

    @Test
    public void alumniLogSessionsButTheGoalRulesRefuseNewGoals() {
        f.relationships.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        f.relationships.move(MENTOR, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        f.relationships.move(MENTEE, r.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        Session s = log(MENTEE, "2026-11-01", null, item("Apply for the staff role", MENTEE, null));
        long id = s.actionItems().get(0).id();
        assertEquals(Set.of("mentoring.goal.rule.active"),
                keys(assertThrows(RuleViolationException.class, () -> sessions.toGoal(MENTEE, s.id(), id))));
        assertNull(sessions.get(MENTEE, s.id()).actionItems().get(0).goalId());
        assertEquals(0, f.goals.ofRelationship(MENTEE, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void theNextMeetingFollowsTheLatestSessionAndTheAgreedCadence() {
        RelationshipViews views = f.graph.relationshipViews();
        assertNull("no agreement, no session: nothing says when", now().nextMeeting());
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Grow", "WEEKLY", null, null, null, null, null), null);
        LocalDate today = LocalDate.parse("2026-11-02");
        assertEquals("a week after it became active", today.plusDays(7), now().nextMeeting());
        assertFalse(f.relationships.meetingOverdue(now()));
        f.clock.advance(Duration.ofDays(8));
        assertTrue(f.relationships.meetingOverdue(now()));
        assertEquals(Boolean.TRUE, views.relationship(MENTEE, now()).meetingOverdue());

        Session s = log(MENTEE, "2026-11-09", null);
        assertEquals("a week after the latest session", LocalDate.parse("2026-11-16"), now().nextMeeting());
        assertFalse(f.relationships.meetingOverdue(now()));
        Session planned = sessions.edit(MENTOR, s.id(), held("2026-11-09", "x", "2026-11-30"), null);
        assertEquals("the date the latest session set", LocalDate.parse("2026-11-30"), now().nextMeeting());
        log(MENTOR, "2026-10-20", null);
        assertEquals("an older session logged late changes nothing", LocalDate.parse("2026-11-30"), now().nextMeeting());
        assertEquals(2, now().meetings().sessions());
        f.clock.advance(Duration.ofDays(30));
        assertTrue(f.relationships.meetingOverdue(now()));
        RelationshipJson json = views.relationship(MANAGER, now());
        assertEquals("program managers see the schedule", Boolean.TRUE, json.meetingOverdue());
        assertEquals("2026-11-30", json.nextMeetingOn());
        assertEquals(Integer.valueOf(2), json.sessionCount());
        RelationshipJson admin = views.relationship(ADMIN, now());
        assertNull("administrators do not", admin.meetingOverdue());
        assertNull(admin.nextMeetingOn());
        assertNull(admin.sessionCount());

        f.relationships.move(MENTEE, r.id(), Move.PAUSE, MoveRequest.none());
        assertFalse("a paused pair is not behind", f.relationships.meetingOverdue(now()));
        f.relationships.move(MENTOR, r.id(), Move.RESUME, MoveRequest.none());
        sessions.edit(MENTOR, planned.id(), held("2026-11-09", "x", null), null);
        assertEquals("after a pause the cadence restarts from the resume", LocalDate.parse("2026-12-17"), now().nextMeeting());
        assertFalse(f.relationships.meetingOverdue(now()));
    }

    @Test
    public void aFailureHalfwayWritesNothing() {
        int[] items = {0};
        f.store.beforeCreate((type, values) -> {
            if (type == ActionItemEntity.class && ++items[0] == 2) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThrows(IllegalStateException.class, () -> log(MENTOR, "2026-11-01", MENTOR_SECRET, item("One", null, null), item("Two", null, null)));
        f.store.beforeCreate((type, values) -> { });
        assertEquals(0, sessions.ofRelationship(MENTOR, r.id(), PageRequest.first(10)).sessions().values().size());
        assertEquals(0, now().meetings().sessions());
        assertTrue("nobody was told about a session that does not exist", f.sent.isEmpty());

        Session s = log(MENTOR, "2026-11-01", null, item("Become a goal", null, null));
        f.sent.clear();
        f.store.beforeCreate((type, values) -> {
            if (type == GoalEventEntity.class) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThrows(IllegalStateException.class, () -> sessions.toGoal(MENTOR, s.id(), s.actionItems().get(0).id()));
        f.store.beforeCreate((type, values) -> { });
        assertNull(sessions.get(MENTOR, s.id()).actionItems().get(0).goalId());
        assertEquals(0, f.goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
        sessions.toGoal(MENTOR, s.id(), s.actionItems().get(0).id());
        assertEquals("converted once the disk has room", 1, f.goals.ofRelationship(MENTOR, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    /** Both racing writers wait here, once, on their {@code nth} read of {@code entity}: both have read the same state. */
    private void lineUpOnRead(Class<?> entity, int nth) {
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
        ThreadLocal<Integer> reads = ThreadLocal.withInitial(() -> 0);
        f.store.beforeFind(type -> {
            if (type == entity && Thread.currentThread().getName().startsWith(Race.THREAD)) {
                reads.set(reads.get() + 1);
                if (reads.get() == nth) {
                    Race.meet(barrier);
                }
            }
        });
    }

    @Test
    public void sessionsLoggedAtTheSameMomentAreAllCounted() throws Exception {
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Grow", "WEEKLY", null, null, null, null, null), null);
        // Both have read the relationship (status, role) and are about to write: HSQLDB refuses the loser at the
        // row lock (it is retried), PostgreSQL makes it wait there.
        lineUpOnRead(org.mentoring.relationship.RelationshipEntity.class, 2);
        List<Object> outcomes = Race.run(() -> sessions.create(MENTOR, r.id(), held("2026-10-30", "Mara's", "2026-11-20"), null, List.of()),
                () -> sessions.create(MENTEE, r.id(), held("2026-11-01", "Tomáš's", "2026-11-15"), null, List.of()));
        assertTrue(outcomes.toString(), outcomes.stream().allMatch(o -> o instanceof Session));
        assertEquals("both sessions counted, whichever committed first", 2, now().meetings().sessions());
        assertEquals(LocalDate.parse("2026-11-01"), now().meetings().lastSessionOn());
        assertEquals("the latest session's next meeting", LocalDate.parse("2026-11-15"), now().nextMeeting());
    }

    @Test
    public void anItemConvertedTwiceAtTheSameMomentMakesOneGoal() throws Exception {
        Session s = log(MENTEE, "2026-11-01", null, item("Give a lightning talk", MENTEE, null));
        long id = s.actionItems().get(0).id();
        lineUpOnRead(ActionItemEntity.class, 1);
        List<Object> outcomes = Race.run(() -> sessions.toGoal(MENTOR, s.id(), id), () -> sessions.toGoal(MENTEE, s.id(), id));
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(o -> o instanceof SessionService.Converted).count());
        assertEquals(Set.of("mentoring.session.item.converted"), outcomes.stream().filter(o -> o instanceof DomainException)
                .flatMap(o -> keys((DomainException) o).stream()).collect(Collectors.toSet()));
        assertEquals("one goal, not two", 1, f.goals.ofRelationship(MENTEE, r.id(), Set.of(), PageRequest.first(10)).goals().total());
    }

    @Test
    public void editsFromTheSameVersionAtTheSameMomentCannotBothWin() throws Exception {
        Session s = log(MENTEE, "2026-11-01", null);
        lineUpOnRead(SessionEntity.class, 1);
        List<Object> outcomes = Race.run(() -> sessions.edit(MENTOR, s.id(), held("2026-11-01", "Mara's version", null), 1),
                () -> sessions.edit(MENTEE, s.id(), held("2026-11-01", "Tomáš's version", null), 1));
        assertEquals(outcomes.toString(), 1, outcomes.stream().filter(o -> o instanceof Session).count());
        assertTrue(outcomes.toString(), outcomes.stream().anyMatch(o -> o instanceof ConflictException));
        Session winner = (Session) outcomes.stream().filter(o -> o instanceof Session).findFirst().orElseThrow();
        assertEquals(2, sessions.get(MENTOR, s.id()).version());
        assertEquals(winner.sharedNotes(), sessions.get(MENTOR, s.id()).sharedNotes());
    }

    @Test
    public void hostileAndUnusualTextIsStoredIntact() {
        String script = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> ' OR 1=1 --";
        String astral = "Mentoring 🚀 𝄞 👩🏽‍💻 Příliš žluťoučký kůň úpěl ďábelské ódy — 日本語";
        String longShared = (script + astral).repeat(10_000 / (script + astral).length());
        String topics = (astral + " ").repeat(SessionService.MAX_TOPICS / (astral.length() + 1)).strip();
        Session s = sessions.create(MENTEE, r.id(), new SessionInput("2026-11-01", 30, topics, longShared, null), astral + script,
                List.of(item(script, null, null)));
        Session back = sessions.get(MENTEE, s.id());
        assertEquals(longShared, back.sharedNotes());
        assertEquals(topics, back.topics());
        assertEquals(astral + script, back.privateNote());
        assertEquals(script, back.actionItems().get(0).text());
        Goal goal = sessions.toGoal(MENTOR, s.id(), back.actionItems().get(0).id()).goal();
        assertEquals(script, goal.title());
    }
}
