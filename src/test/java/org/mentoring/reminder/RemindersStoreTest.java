package org.mentoring.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.error.ValidationException;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.host.Person;
import org.mentoring.host.ScheduledJob;
import org.mentoring.host.UserDirectory;
import org.mentoring.notification.NotificationInbox;
import org.mentoring.paging.PageRequest;
import org.mentoring.program.ProgramInput;
import org.mentoring.program.ProgramMove;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.MentoringFixture;

/**
 * Reminders on the real database with a controllable clock: each fires when its threshold is reached, once, stops
 * when the situation is resolved, honours administrators' and programs' timings, and skips deactivated people.
 */
public class RemindersStoreTest {
    private MentoringFixture f;

    @Before
    public void setUp() {
        f = new MentoringFixture();
    }

    private ScheduledJob job() {
        return f.graph.jobs().stream().filter(j -> j.id().equals(ReminderJob.ID)).findFirst().orElseThrow();
    }

    private int run() {
        return Integer.parseInt(job().run().replace(" reminders sent", ""));
    }

    private List<String> reminders(String userKey) {
        return f.sent.stream().filter(n -> n.recipientKey().equals(userKey) && n.key().startsWith(ReminderType.PREFIX))
                .map(n -> n.key().substring(ReminderType.PREFIX.length())).toList();
    }

    private List<String> whatsNew(String userKey) {
        NotificationInbox.Inbox inbox = f.graph.notificationInbox().of(userKey, Locale.ENGLISH, PageRequest.first(50));
        return inbox.page().values().stream().map(NotificationInbox.Item::message).toList();
    }

    private Relationship active(String mentee) {
        Relationship r = f.relationships.propose(mentee, new Proposal(MENTOR, mentee, "INFORMAL", null, null));
        return f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @Test
    public void anUnansweredProposalRemindsTheInviteeAfterThreeDaysAndTwoDaysBeforeItExpiresOnce() {
        f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        Relationship answered = f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        f.clock.advance(Duration.ofDays(1));
        f.relationships.move(MENTOR, answered.id(), Move.ACCEPT, MoveRequest.none());
        f.clock.advance(Duration.ofDays(2).minusMinutes(1));
        assertEquals("a minute before three days: nothing", 0, run());
        f.clock.advance(Duration.ofMinutes(1));
        assertEquals("three days: Mara is reminded of Tomáš's proposal, not of Zoë's (answered)", 1, run());
        assertEquals(List.of("PROPOSAL_WAITING"), reminders(MENTOR));
        assertEquals("once", 0, run());
        assertThat(whatsNew(MENTOR).get(0), containsString("Tomáš Mentee proposed to be your mentee and is waiting for your answer"));

        f.clock.advance(Duration.ofDays(9)); // day 12: two days before the 14-day expiry
        assertEquals(1, run());
        assertEquals(List.of("PROPOSAL_WAITING", "PROPOSAL_EXPIRING"), reminders(MENTOR));
        assertThat(whatsNew(MENTOR).get(0), containsString("expires on 2026-11-16"));
        f.clock.advance(Duration.ofHours(5));
        assertEquals(0, run());
        assertTrue("the proposer hears nothing", reminders(MENTEE).isEmpty());
    }

    @Test
    public void aProgramsProposalRemindsBothMembersEachOfTheOther() {
        long program = org.mentoring.testing.FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        f.graph.matching().publish(MANAGER, program, f.graph.matching().run(MANAGER, program).seq());
        f.clock.advance(Duration.ofDays(3));
        assertEquals("both members are waited for", 2, run());
        assertEquals("the program's proposal in its own words", List.of("MATCH_PROPOSAL_WAITING"), reminders(MENTOR));
        assertEquals(List.of("MATCH_PROPOSAL_WAITING"), reminders(MENTEE));
        assertThat("the other member is named", whatsNew(MENTEE).get(0), containsString("Mara Mentor"));
        assertThat("as the program's proposal", whatsNew(MENTEE).get(0), containsString("Your program's matching proposed Mara Mentor"));
        assertThat("never as the other member's", whatsNew(MENTEE).get(0), not(containsString("waiting for your answer")));
        assertTrue("not the manager who published it", reminders(MANAGER).isEmpty());
        assertEquals("once each", 0, run());
    }

    @Test
    public void aMemberWhoAcceptedTheProgramsProposalIsNotRemindedToAnswerIt() {
        long program = org.mentoring.testing.FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        f.graph.matching().publish(MANAGER, program, f.graph.matching().run(MANAGER, program).seq());
        Relationship r = f.relationships.listMine(MENTEE, org.mentoring.relationship.RelationshipFilter.all(), PageRequest.first(5))
                .values().get(0);
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        f.clock.advance(Duration.ofDays(3));
        assertEquals("only the member still to answer", 1, run());
        assertEquals(List.of("MATCH_PROPOSAL_WAITING"), reminders(MENTEE));
        assertTrue("the mentor accepted already", reminders(MENTOR).isEmpty());
    }

    @Test
    public void answeringTheProposalTakesItsUnreadRemindersAway() {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.clock.advance(Duration.ofDays(3));
        assertEquals(1, run());
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        assertTrue(whatsNew(MENTOR).stream().noneMatch(m -> m.contains("waiting for your answer")));
    }

    @Test
    public void administratorsAndProgramsSetTheTimings() {
        f.graph.reminderSettings().update(null, Map.of("proposalWaitingDays", 5));
        f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        f.clock.advance(Duration.ofDays(3));
        assertEquals("the administrators said five days", 0, run());
        f.clock.advance(Duration.ofDays(2));
        assertEquals(1, run());

        long program = f.graph.programs().create(ADMIN, new ProgramInput("Cohort", null, null, "COHORT", "2026-11-01", "2026-12-31",
                "2026-11-01", "2026-11-30", null, null, null, null, true, null, null)).id();
        f.graph.reminderSettings().update(program, Map.of("programEndingDays", 30));
        assertEquals(30, f.graph.reminderSettings().forProgram(program).of(Threshold.PROGRAM_ENDING_DAYS));
        assertEquals("the program follows the rest", 5, f.graph.reminderSettings().forProgram(program).of(Threshold.PROPOSAL_WAITING_DAYS));
        assertEquals(7, f.graph.reminderSettings().forProgram(null).of(Threshold.PROGRAM_ENDING_DAYS));
        java.util.HashMap<String, Integer> clear = new java.util.HashMap<>();
        clear.put("programEndingDays", null);
        f.graph.reminderSettings().update(program, clear);
        assertEquals(7, f.graph.reminderSettings().forProgram(program).of(Threshold.PROGRAM_ENDING_DAYS));
        try {
            f.graph.reminderSettings().update(null, Map.of("proposalWaitingDays", 0, "nonsense", 3));
            throw new AssertionError("accepted 0 days");
        } catch (ValidationException expected) {
            assertEquals(2, expected.problems().size());
        }
        assertEquals("nothing written", 5, f.graph.reminderSettings().global().of(Threshold.PROPOSAL_WAITING_DAYS));
    }

    @Test
    public void anAgreementWaitingForAcceptanceRemindsTheOtherMemberUntilAccepted() {
        Relationship r = active(MENTEE);
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Objectives", "MONTHLY", null, null, null, null, null), null);
        f.clock.advance(Duration.ofDays(3));
        run();
        assertEquals(List.of("AGREEMENT_WAITING"), reminders(MENTEE));
        f.agreements.accept(MENTEE, r.id(), null);
        f.clock.advance(Duration.ofDays(3));
        run();
        assertEquals("accepted: no more", List.of("AGREEMENT_WAITING"), reminders(MENTEE));
        assertTrue("the accepted reminder left What's new", whatsNew(MENTEE).stream().noneMatch(m -> m.contains("waiting for you to accept")));
    }

    @Test
    public void aMeetingOverdueAgainstTheCadenceRemindsBothMembersOnceUntilTheyMeet() {
        Relationship r = active(MENTEE);
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Objectives", "WEEKLY", null, null, null, null, null), null);
        f.agreements.accept(MENTEE, r.id(), null);
        f.clock.advance(Duration.ofDays(7));
        run();
        assertTrue("due today, not overdue yet", reminders(MENTOR).stream().noneMatch(k -> k.equals("MEETING_OVERDUE")));
        f.clock.advance(Duration.ofDays(1));
        run();
        run();
        assertEquals(List.of("MEETING_OVERDUE"), reminders(MENTOR).stream().filter(k -> k.startsWith("MEETING")).toList());
        assertEquals(List.of("MEETING_OVERDUE"), reminders(MENTEE).stream().filter(k -> k.startsWith("MEETING")).toList());
        assertThat(whatsNew(MENTEE).get(0), containsString("Your meeting with Mara Mentor, your mentor, was due on 2026-11-09."));
        f.sessions.create(MENTOR, r.id(), new SessionInput("2026-11-10", 45, "Topics", null, null), null, List.of());
        for (String member : List.of(MENTOR, MENTEE)) {
            assertTrue("they met: the unread reminder left " + member + "'s What's new",
                    whatsNew(member).stream().noneMatch(m -> m.contains("was due on 2026-11-09")));
        }
        f.clock.advance(Duration.ofDays(1));
        run();
        assertEquals("they met: no more", 1, reminders(MENTOR).stream().filter(k -> k.startsWith("MEETING")).count());
    }

    @Test
    public void goalsRemindTheirOwnerOfCheckInsAndDueDates() {
        Relationship r = active(MENTEE);
        f.agreements.update(MENTOR, r.id(), new AgreementInput("Objectives", "WEEKLY", null, null, null, null, null), null);
        f.agreements.accept(MENTEE, r.id(), null);
        Goal g = f.goals.create(MENTEE, r.id(), new GoalInput("Public speaking", null, "Three talks given", null, "2026-11-20", null));
        f.goals.transition(MENTOR, g.id(), 11, Map.of(), null);
        f.sessions.create(MENTOR, r.id(), new SessionInput("2026-11-02", 45, "Topics", null, "2026-12-30"), null, List.of());
        f.clock.advance(Duration.ofDays(7).plusHours(1));
        run();
        assertEquals(List.of("CHECK_IN_DUE"), reminders(MENTEE));
        assertThat(whatsNew(MENTEE).get(0), containsString("A check-in on your goal \"Public speaking\" is due"));
        f.goals.checkIn(MENTEE, g.id(), 20, null, null, null);
        assertTrue("checked in: the unread reminder left What's new", whatsNew(MENTEE).stream().noneMatch(m -> m.contains("check-in on your goal")));
        f.clock.advance(Duration.ofDays(8));
        run();
        assertEquals("a new check-in a week after the last one, and three days before 2026-11-20 its due date",
                List.of("CHECK_IN_DUE", "CHECK_IN_DUE", "GOAL_DUE_SOON"), reminders(MENTEE));
        f.clock.advance(Duration.ofDays(3));
        assertEquals("on the day itself: nothing new", 0, run());
        f.clock.advance(Duration.ofDays(1));
        run();
        run();
        assertEquals(List.of("CHECK_IN_DUE", "CHECK_IN_DUE", "GOAL_DUE_SOON", "GOAL_OVERDUE"), reminders(MENTEE));
        assertThat(whatsNew(MENTEE).get(0), containsString("Your goal \"Public speaking\" was due on 2026-11-20"));
        assertTrue("the owner's, not the mentor's", reminders(MENTOR).isEmpty());
        f.goals.transition(MENTEE, g.id(), 91, Map.of("reason", "Priorities changed"), null); // Drop

        assertTrue("dropped: none of its reminders is left unread",
                whatsNew(MENTEE).stream().noneMatch(m -> m.contains("\"Public speaking\" was due") || m.contains("check-in on your goal")));
    }

    @Test
    public void aBlindRoundClosingRemindsWhoHasNotGivenFeedback() {
        Relationship r = active(MENTEE);
        long round = f.feedback.openRound(MENTOR, r.id(), 7).id();
        f.feedback.give(MENTOR, r.id(), new org.mentoring.feedback.FeedbackInput("GROWTH", "text", null, null, List.of(), null), round);
        f.clock.advance(Duration.ofDays(5));
        assertEquals(0, run());
        f.clock.advance(Duration.ofDays(1));
        assertEquals(1, run());
        assertEquals(List.of("ROUND_CLOSING"), reminders(MENTEE));
        assertTrue(reminders(MENTOR).isEmpty());
        f.clock.advance(Duration.ofDays(2));
        assertEquals("closed: nothing", 0, run());
    }

    @Test
    public void programEventsReachItsManagersAndPeople() {
        long program = f.graph.programs().create(ADMIN, new ProgramInput("Cohort", null, null, "COHORT", "2026-11-01", "2026-11-20",
                "2026-11-01", "2026-11-06", null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MANAGER);
        f.graph.programs().move(ADMIN, program, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, program, true, false, null);
        f.graph.enrolments().enrol(MENTEE, program, false, true, null);
        f.clock.advance(Duration.ofDays(1)); // 3 Nov: three days before enrolment closes on the 6th
        run();
        assertEquals(List.of("ENROLMENT_CLOSING"), reminders(MANAGER));
        assertThat(whatsNew(MANAGER).get(0), containsString("Enrolment in the program Cohort closes on 2026-11-06."));
        f.graph.programs().move(ADMIN, program, ProgramMove.START, null, null);
        f.clock.advance(Duration.ofDays(10)); // 13 Nov: a week before the end
        run();
        run();
        assertEquals(List.of("PROGRAM_ENDING"), reminders(MENTOR));
        assertEquals(List.of("PROGRAM_ENDING"), reminders(MENTEE));
        assertThat(whatsNew(MENTEE).get(0), containsString("The program Cohort ends on 2026-11-20."));
    }

    @Test
    public void aProgramEndingRemindsEachMentorshipsMembersOfTheirMentorshipAndEveryoneElseOfTheProgramOnce() {
        long program = f.graph.programs().create(ADMIN, new ProgramInput("Spring cohort", null, null, "COHORT", "2026-11-01", "2026-11-12",
                "2026-11-01", "2026-11-10", null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, program, MANAGER);
        f.graph.programs().move(ADMIN, program, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, program, true, false, 3);
        f.graph.enrolments().enrol(MENTEE, program, false, true, null);
        f.graph.enrolments().enrol(MENTEE2, program, false, true, null);
        Relationship pair = f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        pair = f.relationships.move(MENTEE, pair.id(), Move.ACCEPT, MoveRequest.none());
        f.graph.programs().move(ADMIN, program, ProgramMove.START, null, null);
        // A reminder the program's own job sent before this one place did: not sent again.
        f.store.create(org.mentoring.program.ProgramEndReminderEntity.class, Map.of(
                org.mentoring.program.ProgramEndReminderEntity.REMINDER_KEY, program + ":2026-11-12:" + pair.id() + ":" + MENTOR,
                org.mentoring.program.ProgramEndReminderEntity.SENT_AT, 1L));

        f.clock.advance(Duration.ofDays(3)); // 5 Nov: a week before the end (the default timing)
        assertEquals(2, run());
        assertEquals(0, run());
        assertEquals("the mentee: her mentorship ends with it", List.of("MENTORSHIP_ENDING"), reminders(MENTEE));
        assertThat(whatsNew(MENTEE).get(0), containsString("The program Spring cohort ends on 2026-11-12, and your mentorship with "
                + "Mara Mentor, your mentor, ends with it. To go on informally, both of you choose so on the mentorship's page."));
        var told = f.sent.stream().filter(n -> n.recipientKey().equals(MENTEE) && n.key().endsWith("MENTORSHIP_ENDING")).findFirst().orElseThrow();
        assertEquals("/plugins/servlet/mentoring/relationship?id=" + pair.id(), told.link());
        assertEquals("the mentor had hers from the program's job already", List.of(), reminders(MENTOR));
        assertEquals("approved, not matched: the program ends", List.of("PROGRAM_ENDING"), reminders(MENTEE2));
        assertThat(whatsNew(MENTEE2).get(0), containsString("The program Spring cohort ends on 2026-11-12."));
        assertTrue("by e-mail too, as each person chose (the digest by default)", f.store.count(
                org.mentoring.notification.MailOutboxEntity.class, net.java.ao.Query.select().where(
                        org.mentoring.notification.MailOutboxEntity.MESSAGE_KEY + " = ?", ReminderType.MENTORSHIP_ENDING.messageKey())) > 0);
        assertEquals("the program's own job reminds nobody any more", "0 mentorships ended with their closed program",
                f.graph.jobs().stream().filter(j -> j.id().equals(org.mentoring.program.ProgramEndJob.ID)).findFirst().orElseThrow().run());
        f.clock.advance(Duration.ofDays(8));
        assertEquals("after the end date: nothing", 0, run());
    }

    @Test
    public void deactivatedPeopleGetNothing() {
        f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        UserDirectory maraLeft = new UserDirectory() {
            @Override
            public Optional<Person> find(String userKey) {
                return f.users.find(userKey).map(p -> p.key().equals(MENTOR) ? new Person(p.key(), p.name(), p.displayName(), false) : p);
            }

            @Override
            public Optional<Person> findByName(String name) {
                return f.users.findByName(name);
            }

            @Override
            public boolean isAdmin(String userKey) {
                return f.users.isAdmin(userKey);
            }
        };
        Reminders withMaraGone = new Reminders(new ReminderStore(f.store, new org.mentoring.relationship.RelationshipStore(f.store)), f.graph.reminderSettings(), f.graph.notifications(), f.transactions,
                maraLeft, f.clock);
        f.clock.advance(Duration.ofDays(3));
        assertEquals(0, withMaraGone.sendDue());
        assertTrue(reminders(MENTOR).isEmpty());
        assertEquals("back again: the reminder was never claimed, so it goes now", 1, run());
    }
}
