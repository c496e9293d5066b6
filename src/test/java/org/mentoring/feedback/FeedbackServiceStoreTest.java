package org.mentoring.feedback;

import org.mentoring.testing.FormalProgram;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.mentoring.goal.GoalInput;
import org.mentoring.host.StoreException;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/** Two-way feedback on a real database: who may do what, when, blind rounds, and what is kept. */
public class FeedbackServiceStoreTest {
    private MentoringFixture f;
    private FeedbackService feedback;
    private Relationship r;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        feedback = f.feedback;
        long program = FormalProgram.open(f.graph, MANAGER, MENTOR, MENTEE);
        r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "FORMAL", program, null));
        r = f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    @After
    public void tearDown() {
        f.store.beforeCreate((type, values) -> { });
    }

    private static FeedbackInput input(String kind, String text, String visibility, FeedbackInput.RatingInput... ratings) {
        return new FeedbackInput(kind, text, null, null, List.of(ratings), visibility);
    }

    private static FeedbackInput.RatingInput rating(String competency, Object score) {
        return new FeedbackInput.RatingInput(competency, score);
    }

    private Feedback give(String author, String text) {
        return feedback.give(author, r.id(), input("STRENGTH", text, null), null);
    }

    private List<String> texts(String viewer) {
        return feedback.ofRelationship(viewer, r.id(), null, PageRequest.first(50)).feedback().values().stream().map(Feedback::text).toList();
    }

    private long total(String viewer) {
        return feedback.ofRelationship(viewer, r.id(), null, PageRequest.first(50)).feedback().total();
    }

    private static Set<String> keys(DomainException e) {
        return e.problems().stream().map(Problem::key).collect(Collectors.toSet());
    }

    private List<String> notified() {
        return f.sent.stream().map(n -> n.recipientKey() + " " + n.key()).toList();
    }

    private void move(String actor, Move move) {
        r = f.relationships.move(actor, r.id(), move, MoveRequest.none());
    }

    @Test
    public void eitherMemberGivesTheRecipientAcknowledgesOnceAndBothDiscussIt() {
        Feedback given = feedback.give(MENTOR, r.id(), input("strength", "  You ran the retro calmly.  ", null,
                rating("Facilitation", 4), rating("Calm", 5)), null);
        assertEquals(MENTEE, given.recipientKey());
        assertEquals(FeedbackKind.STRENGTH, given.kind());
        assertEquals("You ran the retro calmly.", given.text());
        assertEquals(List.of(new Rating("Facilitation", 4), new Rating("Calm", 5)), given.ratings());
        assertEquals(org.mentoring.access.Visibility.PAIR, given.visibility());
        assertEquals(Set.of(FeedbackAction.EDIT, FeedbackAction.REPLY), given.actions());
        assertEquals(Set.of(FeedbackAction.ACKNOWLEDGE, FeedbackAction.REPLY), feedback.get(MENTEE, given.id()).actions());
        Feedback learned = feedback.give(MENTEE, r.id(), input("LEARNED", "How to say no kindly.", null), null);
        assertEquals("mutual learning: the mentee gives too", MENTOR, learned.recipientKey());

        assertEquals(Set.of("mentoring.feedback.rule.recipient"),
                keys(assertThrows(ForbiddenException.class, () -> feedback.acknowledge(MENTOR, given.id()))));
        Feedback acknowledged = feedback.acknowledge(MENTEE, given.id());
        assertEquals(f.clock.instant(), acknowledged.acknowledgedAt());
        assertFalse(acknowledged.actions().contains(FeedbackAction.ACKNOWLEDGE));
        assertEquals(Set.of("mentoring.feedback.rule.acknowledged"),
                keys(assertThrows(RuleViolationException.class, () -> feedback.acknowledge(MENTEE, given.id()))));

        feedback.reply(MENTEE, given.id(), "Thanks! It was hard.");
        f.clock.advance(Duration.ofMinutes(5));
        feedback.reply(MENTOR, given.id(), "It didn't show.");
        var thread = feedback.replies(MENTEE, given.id(), PageRequest.first(10));
        assertEquals(2, thread.total());
        assertEquals(List.of("Thanks! It was hard.", "It didn't show."), thread.values().stream().map(Reply::text).toList());
        assertEquals(List.of(MENTEE, MENTOR), thread.values().stream().map(Reply::authorKey).toList());
        assertEquals(2, feedback.get(MENTOR, given.id()).replyCount());

        assertEquals(List.of(MENTEE + " mentoring.feedback.notify.given", MENTOR + " mentoring.feedback.notify.given",
                MENTOR + " mentoring.feedback.notify.acknowledged", MENTOR + " mentoring.feedback.notify.replied",
                MENTEE + " mentoring.feedback.notify.replied"), notified());
        assertTrue("notifications carry no feedback text", f.sent.stream().allMatch(n -> n.args().isEmpty()));
        assertEquals(List.of("How to say no kindly.", "You ran the retro calmly."), texts(MENTOR));
    }

    @Test
    public void onlyMembersContributeProgramManagersReadSharedFeedbackAdminsNothing() {
        Feedback pair = give(MENTOR, "Between us");
        Feedback shared = feedback.give(MENTEE, r.id(), input("LEARNED", "For the program", "PROGRAM"), null);

        assertEquals(List.of("For the program"), texts(MANAGER));
        assertEquals(1, total(MANAGER));
        assertEquals("For the program", feedback.get(MANAGER, shared.id()).text());
        assertEquals(Set.of(), feedback.get(MANAGER, shared.id()).actions());
        assertThrows("PAIR feedback is not the program's", NotFoundException.class, () -> feedback.get(MANAGER, pair.id()));
        assertThrows(NotFoundException.class, () -> feedback.replies(MANAGER, pair.id(), PageRequest.first(5)));
        assertThrows(ForbiddenException.class, () -> feedback.give(MANAGER, r.id(), input("STRENGTH", "x", null), null));
        assertThrows(ForbiddenException.class, () -> feedback.reply(MANAGER, shared.id(), "x"));
        assertThrows(ForbiddenException.class, () -> feedback.acknowledge(MANAGER, shared.id()));
        assertThrows(ForbiddenException.class, () -> feedback.openRound(MANAGER, r.id(), null));

        for (String nobody : List.of(ADMIN, OUTSIDER)) {
            assertThrows(NotFoundException.class, () -> feedback.get(nobody, shared.id()));
            assertThrows(NotFoundException.class, () -> feedback.ofRelationship(nobody, r.id(), null, PageRequest.first(5)));
            assertThrows(NotFoundException.class, () -> feedback.versions(nobody, shared.id(), PageRequest.first(5)));
            assertThrows(NotFoundException.class, () -> feedback.rounds(nobody, r.id(), PageRequest.first(5)));
            assertThrows(NotFoundException.class, () -> feedback.acknowledge(nobody, shared.id()));
        }
        assertThrows("admins know the relationship, may not write in it", ForbiddenException.class,
                () -> feedback.give(ADMIN, r.id(), input("STRENGTH", "x", null), null));
        assertThrows(NotFoundException.class, () -> feedback.give(OUTSIDER, r.id(), input("STRENGTH", "x", null), null));
        assertEquals(2, total(MENTOR));
    }

    @Test
    public void feedbackFlowsWhileActiveAndWhenKeepingInTouchOtherwiseItIsReadOnly() {
        Feedback given = give(MENTOR, "Early days");
        move(MENTEE, Move.PAUSE);
        for (Runnable refused : List.<Runnable>of(
                () -> give(MENTOR, "While paused"),
                () -> feedback.acknowledge(MENTEE, given.id()),
                () -> feedback.reply(MENTEE, given.id(), "x"),
                () -> feedback.edit(MENTOR, given.id(), input("GROWTH", "x", null), null),
                () -> feedback.openRound(MENTOR, r.id(), null))) {
            RuleViolationException e = assertThrows(RuleViolationException.class, refused::run);
            assertEquals(Set.of("mentoring.feedback.rule.status"), keys(e));
            assertTrue(e.getMessage(), e.getMessage().contains("read-only"));
        }
        assertEquals(Set.of(), feedback.get(MENTEE, given.id()).actions());
        move(MENTOR, Move.RESUME);
        move(MENTOR, Move.COMPLETE);
        assertThrows(RuleViolationException.class, () -> give(MENTEE, "Completed"));
        move(MENTOR, Move.KEEP_IN_TOUCH);
        move(MENTEE, Move.KEEP_IN_TOUCH);
        assertEquals(org.mentoring.relationship.RelationshipStatus.ALUMNI, r.status());
        assertEquals(MENTOR, give(MENTEE, "Still learning from you a year on").recipientKey());
        feedback.acknowledge(MENTEE, given.id());
        assertEquals(List.of("Still learning from you a year on", "Early days"), texts(MENTEE));

        Relationship proposed = f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        assertThrows(RuleViolationException.class, () -> feedback.give(MENTOR, proposed.id(), input("STRENGTH", "Too early", null), null));
    }

    @Test
    public void theAuthorEditsWithin24HoursAndEveryEarlierVersionIsKept() {
        Feedback given = feedback.give(MENTEE, r.id(), input("GROWTH", "Slow to reply", null, rating("Availability", 2)), null);
        f.clock.advance(Duration.ofHours(2));
        Feedback edited = feedback.edit(MENTEE, given.id(), input("GROWTH", "Replies can take a few days", "PROGRAM",
                rating("Availability", 3)), 1);
        assertEquals(2, edited.version());
        assertEquals(f.clock.instant(), edited.editedAt());
        assertEquals(given.givenAt(), edited.givenAt());
        assertThrows("stale", ConflictException.class, () -> feedback.edit(MENTEE, given.id(), input("GROWTH", "x", null), 1));
        assertThrows(ForbiddenException.class, () -> feedback.edit(MENTOR, given.id(), input("GROWTH", "x", null), 2));
        f.clock.advance(Duration.ofHours(21).plusMinutes(59));
        feedback.edit(MENTEE, given.id(), input("STRENGTH", "Actually: always there when it mattered", "PROGRAM"), 2);

        var versions = feedback.versions(MENTOR, given.id(), PageRequest.first(10));
        assertEquals(2, versions.total());
        assertEquals(List.of(1, 2), versions.values().stream().map(FeedbackVersion::version).toList());
        assertEquals(List.of("Slow to reply", "Replies can take a few days"), versions.values().stream().map(FeedbackVersion::text).toList());
        assertEquals(List.of(new Rating("Availability", 2)), versions.values().get(0).ratings());
        assertEquals(given.givenAt(), versions.values().get(0).writtenAt());
        assertEquals("now shared with the program, so its managers read its history too", 2,
                feedback.versions(MANAGER, given.id(), PageRequest.first(10)).values().size());

        f.clock.advance(Duration.ofMinutes(1));
        Feedback late = feedback.get(MENTEE, given.id());
        assertFalse(late.actions().contains(FeedbackAction.EDIT));
        RuleViolationException window = assertThrows(RuleViolationException.class,
                () -> feedback.edit(MENTEE, given.id(), input("STRENGTH", "Too late", null), 3));
        assertEquals(Set.of("mentoring.feedback.rule.window"), keys(window));
        assertEquals("Actually: always there when it mattered", feedback.get(MENTOR, given.id()).text());
        assertEquals(3, feedback.get(MENTOR, given.id()).version());
    }

    @Test
    public void aBlindRoundHidesEachSideUntilBothHaveSubmitted() {
        Round round = feedback.openRound(MENTEE, r.id(), null);
        assertEquals(f.clock.instant().plus(Duration.ofDays(FeedbackService.DEFAULT_ROUND_DAYS)), round.deadline());
        assertEquals(Round.State.OPEN, round.state());
        assertTrue(round.viewerMaySubmit());
        Feedback before = give(MENTOR, "Given before the round");

        Feedback mine = feedback.give(MENTOR, r.id(), input("GROWTH", "Secret: rushes decisions", "PROGRAM",
                rating("Judgement", 2)), round.id());
        assertTrue("the author sees their own, marked hidden", mine.hidden());
        assertEquals(round.deadline(), mine.revealsAt());
        assertEquals(List.of("Secret: rushes decisions", "Given before the round"), texts(MENTOR));
        assertEquals("the mentee sees nothing of it, not even a count", List.of("Given before the round"), texts(MENTEE));
        assertEquals(1, total(MENTEE));
        assertEquals(List.of(), texts(MANAGER));
        assertThrows(NotFoundException.class, () -> feedback.get(MENTEE, mine.id()));
        assertThrows(NotFoundException.class, () -> feedback.get(MANAGER, mine.id()));
        assertThrows(NotFoundException.class, () -> feedback.acknowledge(MENTEE, mine.id()));
        assertThrows(NotFoundException.class, () -> feedback.reply(MENTEE, mine.id(), "What?"));
        assertThrows(NotFoundException.class, () -> feedback.versions(MENTEE, mine.id(), PageRequest.first(5)));
        assertEquals(Set.of("mentoring.feedback.rule.notrevealed"),
                keys(assertThrows(RuleViolationException.class, () -> feedback.reply(MENTOR, mine.id(), "x"))));
        Round waiting = feedback.round(MENTEE, round.id());
        assertTrue("the other side has submitted: that much is known", waiting.mentorSubmitted());
        assertFalse(waiting.menteeSubmitted());
        assertTrue(waiting.viewerMaySubmit());
        assertFalse(feedback.round(MENTOR, round.id()).viewerMaySubmit());
        assertEquals(Set.of("mentoring.feedback.round.submitted"), keys(assertThrows(RuleViolationException.class,
                () -> feedback.give(MENTOR, r.id(), input("GROWTH", "Again", null), round.id()))));
        feedback.edit(MENTOR, mine.id(), input("GROWTH", "Secret: sometimes rushes decisions", "PROGRAM", rating("Judgement", 3)), 1);
        assertEquals(List.of(MENTOR + " mentoring.feedback.notify.round", MENTEE + " mentoring.feedback.notify.given"), notified());

        f.clock.advance(Duration.ofHours(3));
        Feedback theirs = feedback.give(MENTEE, r.id(), input("STRENGTH", "Secret: generous with time", null), round.id());
        assertFalse(theirs.hidden());
        assertEquals(List.of("Secret: generous with time", "Secret: sometimes rushes decisions", "Given before the round"), texts(MENTEE));
        assertEquals("Secret: generous with time", feedback.get(MENTOR, theirs.id()).text());
        assertEquals(List.of("Secret: sometimes rushes decisions"), texts(MANAGER).subList(0, 1));
        Round revealed = feedback.round(MENTOR, round.id());
        assertEquals(Round.State.REVEALED, revealed.state());
        assertEquals(f.clock.instant(), revealed.revealedAt());
        assertEquals(List.of(MENTOR + " mentoring.feedback.notify.revealed", MENTEE + " mentoring.feedback.notify.revealed"),
                notified().subList(2, 4));
        assertEquals(Set.of("mentoring.feedback.rule.revealed"), keys(assertThrows(RuleViolationException.class,
                () -> feedback.edit(MENTOR, mine.id(), input("GROWTH", "Softer now", null), 2))));
        feedback.acknowledge(MENTEE, mine.id());
        feedback.reply(MENTEE, mine.id(), "Fair.");
        assertEquals(before.id(), feedback.ofRelationship(MENTEE, r.id(), null, PageRequest.first(50)).feedback().values().get(2).id());
    }

    @Test
    public void theDeadlineRevealsWhateverWasSubmittedWithoutAnyJob() {
        Round round = feedback.openRound(MENTOR, r.id(), 2);
        Feedback mine = feedback.give(MENTEE, r.id(), input("LEARNED", "You taught me to ask why", null), round.id());
        f.clock.advance(Duration.ofDays(2).minusSeconds(1));
        assertEquals(List.of(), texts(MENTOR));
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("You taught me to ask why"), texts(MENTOR));
        assertEquals(Set.of(FeedbackAction.ACKNOWLEDGE, FeedbackAction.REPLY), feedback.get(MENTOR, mine.id()).actions());
        Round over = feedback.round(MENTOR, round.id());
        assertEquals(Round.State.REVEALED, over.state());
        assertEquals(round.deadline(), over.revealedAt());
        assertFalse(over.viewerMaySubmit());
        assertEquals(Set.of("mentoring.feedback.round.closed"), keys(assertThrows(RuleViolationException.class,
                () -> feedback.give(MENTOR, r.id(), input("STRENGTH", "Late", null), round.id()))));
        assertFalse("revealed by the deadline: nobody was told early", notified().stream().anyMatch(n -> n.endsWith("revealed")));
        assertEquals("a new round may open once the last is over", Round.State.OPEN, feedback.openRound(MENTEE, r.id(), 30).state());
    }

    @Test
    public void roundsAreOneAtATimeWithBoundedLengthsAndBelongToTheirRelationship() {
        Round round = feedback.openRound(MENTOR, r.id(), 7);
        assertEquals(Set.of("mentoring.feedback.round.alreadyopen"),
                keys(assertThrows(RuleViolationException.class, () -> feedback.openRound(MENTEE, r.id(), 3))));
        assertEquals("days", assertThrows(ValidationException.class, () -> feedback.openRound(MENTOR, r.id(), 0)).problems().get(0).field());
        assertEquals("days", assertThrows(ValidationException.class, () -> feedback.openRound(MENTOR, r.id(), 31)).problems().get(0).field());
        Relationship other = f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        f.relationships.move(MENTEE2, other.id(), Move.ACCEPT, MoveRequest.none());
        ValidationException foreign = assertThrows(ValidationException.class,
                () -> feedback.give(MENTOR, other.id(), input("STRENGTH", "x", null), round.id()));
        assertEquals("roundId", foreign.problems().get(0).field());
        assertEquals(1, feedback.rounds(MANAGER, r.id(), PageRequest.first(5)).total());
        assertEquals(0, feedback.rounds(MENTEE2, other.id(), PageRequest.first(5)).total());
        assertThrows(NotFoundException.class, () -> feedback.round(MENTEE2, round.id()));
    }

    @Test
    public void badInputNamesEachFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> feedback.give(MENTOR, r.id(),
                new FeedbackInput("PRAISE", " ", null, "12a", List.of(rating("Focus", 6)), "PRIVATE"), null));
        assertEquals(Set.of("kind", "text", "pageId", "ratings", "visibility"),
                e.problems().stream().map(Problem::field).collect(Collectors.toSet()));
        for (List<FeedbackInput.RatingInput> bad : List.of(
                List.of(rating("Focus", 4.5)), List.of(rating("Focus", "4")), List.of(rating("Focus", null)), List.of(rating("Focus", 0)),
                List.of(rating(" ", 3)), List.of(rating("x".repeat(41), 3)), List.of(rating("Tab\there", 3)),
                List.of(rating("Focus", 3), rating("focus", 4)),
                List.of(rating("a", 1), rating("b", 2), rating("c", 3), rating("d", 4), rating("e", 5), rating("f", 1)))) {
            ValidationException refused = assertThrows(bad.toString(), ValidationException.class,
                    () -> feedback.give(MENTOR, r.id(), new FeedbackInput("GROWTH", "ok", null, null, bad, null), null));
            assertEquals(Set.of("ratings"), refused.problems().stream().map(Problem::field).collect(Collectors.toSet()));
        }
        assertEquals(Set.of("text"), assertThrows(ValidationException.class, () -> give(MENTOR, "x".repeat(10_001)))
                .problems().stream().map(Problem::field).collect(Collectors.toSet()));
        assertThrows(ValidationException.class, () -> feedback.give(MENTOR, r.id(),
                new FeedbackInput("GROWTH", "ok", null, "99999999999999999999", null, null), null));
        assertEquals("goalId", assertThrows(ValidationException.class, () -> feedback.give(MENTOR, r.id(),
                new FeedbackInput("GROWTH", "ok", 424242L, null, null, null), null)).problems().get(0).field());
        assertEquals(0, total(MENTOR));
        assertTrue(f.sent.isEmpty());
        Feedback fine = feedback.give(MENTOR, r.id(), new FeedbackInput("GROWTH", "ok", null, "65538", List.of(), null), null);
        assertEquals(Long.valueOf(65538), fine.pageId());
        assertEquals("text", assertThrows(ValidationException.class, () -> feedback.reply(MENTEE, fine.id(), "x".repeat(4001)))
                .problems().get(0).field());
    }

    @Test
    public void feedbackAboutAGoalOfTheRelationship() {
        long goal = f.goals.create(MENTEE, r.id(), new GoalInput("Run a design review", null, null, null, null, null)).id();
        Feedback about = feedback.give(MENTOR, r.id(), new FeedbackInput("STRENGTH", "Clear agenda", goal, null, null, null), null);
        give(MENTOR, "Unrelated");
        assertEquals(Long.valueOf(goal), about.goalId());
        var onGoal = feedback.ofRelationship(MENTEE, r.id(), goal, PageRequest.first(10)).feedback();
        assertEquals(List.of("Clear agenda"), onGoal.values().stream().map(Feedback::text).toList());
        assertEquals(1, onGoal.total());
        Relationship other = f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        f.relationships.move(MENTEE2, other.id(), Move.ACCEPT, MoveRequest.none());
        assertThrows("a goal of another mentorship", ValidationException.class, () -> feedback.give(MENTOR, other.id(),
                new FeedbackInput("STRENGTH", "x", goal, null, null, null), null));
    }

    @Test
    public void aFailureHalfwayThroughARoundSubmissionLeavesNothingBehind() {
        Round round = feedback.openRound(MENTOR, r.id(), null);
        f.sent.clear();
        feedback.give(MENTOR, r.id(), input("GROWTH", "Mine", null), round.id());
        f.store.beforeCreate((type, values) -> {
            if (type == FeedbackSubmissionEntity.class) {
                throw new StoreException("disk full", null);
            }
        });
        assertThrows(StoreException.class, () -> feedback.give(MENTEE, r.id(), input("STRENGTH", "Theirs", null), round.id()));
        f.store.beforeCreate((type, values) -> { });
        assertEquals("the mentee's feedback was rolled back", List.of("Mine"), texts(MENTOR));
        Round after = feedback.round(MENTEE, round.id());
        assertFalse(after.menteeSubmitted());
        assertEquals(Round.State.OPEN, after.state());
        assertEquals(List.of(), texts(MENTEE));
        assertTrue(f.sent.isEmpty());
        assertFalse(feedback.give(MENTEE, r.id(), input("STRENGTH", "Theirs", null), round.id()).hidden());
        assertEquals(List.of("Theirs", "Mine"), texts(MENTEE));
    }

    @Test
    public void aFailedReplyOrEditChangesNothing() {
        Feedback given = give(MENTOR, "Original");
        f.store.beforeCreate((type, values) -> {
            if (type == FeedbackReplyEntity.class || type == FeedbackVersionEntity.class) {
                throw new StoreException("connection lost", null);
            }
        });
        assertThrows(StoreException.class, () -> feedback.reply(MENTEE, given.id(), "Lost"));
        assertThrows(StoreException.class, () -> feedback.edit(MENTOR, given.id(), input("GROWTH", "Changed", null), 1));
        f.store.beforeCreate((type, values) -> { });
        Feedback now = feedback.get(MENTEE, given.id());
        assertEquals("Original", now.text());
        assertEquals(1, now.version());
        assertEquals(0, now.replyCount());
        assertEquals(0, feedback.replies(MENTEE, given.id(), PageRequest.first(5)).values().size());
    }

    @Test
    public void hostileAndAstralTextIsStoredIntact() {
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> ' OR 1=1 -- \u0000".replace("\u0000", "")
                + "😀🙈𝄞 ".repeat(1200) + "עברית العربية 中文 e\u0301";
        assertTrue(hostile.length() <= FeedbackService.MAX_TEXT);
        assertTrue(hostile.codePointCount(0, hostile.length()) < hostile.length());
        Feedback given = feedback.give(MENTEE, r.id(), new FeedbackInput("LEARNED", hostile, null, null,
                List.of(rating("Ölçü 🎯 <b>", 5)), "PROGRAM"), null);
        Feedback read = feedback.get(MANAGER, given.id());
        assertEquals(hostile, read.text());
        assertEquals(List.of(new Rating("Ölçü 🎯 <b>", 5)), read.ratings());
        feedback.reply(MENTOR, given.id(), hostile.substring(0, 3000));
        assertEquals(hostile.substring(0, 3000), feedback.replies(MENTEE, given.id(), PageRequest.first(5)).values().get(0).text());
        feedback.edit(MENTEE, given.id(), input("LEARNED", "plain", "PROGRAM"), 1);
        assertEquals(hostile, feedback.versions(MENTOR, given.id(), PageRequest.first(5)).values().get(0).text());
    }

    @Test
    public void listsArePagedNewestFirstAndThreadsBatched() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(give(i % 2 == 0 ? MENTOR : MENTEE, "Feedback " + i).id());
            f.clock.advance(Duration.ofMinutes(1));
        }
        for (int i = 0; i < 12; i++) {
            feedback.reply(MENTEE, ids.get(6), "Reply " + i);
        }
        feedback.reply(MENTOR, ids.get(5), "Only one");
        var first = feedback.ofRelationship(MENTOR, r.id(), null, new PageRequest(0, 3)).feedback();
        assertEquals(7, first.total());
        assertEquals(List.of("Feedback 6", "Feedback 5", "Feedback 4"), first.values().stream().map(Feedback::text).toList());
        var last = feedback.ofRelationship(MENTOR, r.id(), null, new PageRequest(6, 3)).feedback();
        assertTrue(last.isLast());
        assertEquals(List.of("Feedback 0"), last.values().stream().map(Feedback::text).toList());
        var threads = feedback.latestReplies(first.values(), 10, 30);
        assertEquals(Arrays.asList("Reply 2", "Reply 3", "Reply 4", "Reply 5", "Reply 6", "Reply 7", "Reply 8", "Reply 9", "Reply 10",
                "Reply 11"), threads.get(ids.get(6)).stream().map(Reply::text).toList());
        assertEquals(List.of("Only one"), threads.get(ids.get(5)).stream().map(Reply::text).toList());
        assertNull(threads.get(ids.get(4)));
        var replies = feedback.replies(MENTOR, ids.get(6), new PageRequest(10, 5));
        assertEquals(12, replies.total());
        assertEquals(List.of("Reply 10", "Reply 11"), replies.values().stream().map(Reply::text).toList());
    }
}
