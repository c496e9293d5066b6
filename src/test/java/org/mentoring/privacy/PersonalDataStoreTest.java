package org.mentoring.privacy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.ADMIN;
import static org.mentoring.testing.MentoringFixture.MANAGER;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.RawEntity;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.host.Notifications;
import org.mentoring.network.Introduction;
import org.mentoring.network.IntroductionInput;
import org.mentoring.network.IntroductionMove;
import org.mentoring.network.IntroductionService;
import org.mentoring.network.IntroductionStatus;
import org.mentoring.paging.PageRequest;
import org.mentoring.program.EnrolmentInput;
import org.mentoring.program.EnrolmentService;
import org.mentoring.program.MatchPairEntity;
import org.mentoring.program.MatchRuleEntity;
import org.mentoring.program.MatchingService;
import org.mentoring.program.ProgramEndReminderEntity;
import org.mentoring.program.ProgramInput;
import org.mentoring.program.ProgramMove;
import org.mentoring.relationship.Move;
import org.mentoring.reminder.ReminderSentEntity;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.session.ActionItemInput;
import org.mentoring.session.Session;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.StoreTestDatabase;

/**
 * A person's data across every feature, on the real database (HSQLDB, or PostgreSQL with -Ppostgres): the export
 * holds their own and the pair's shared content and nobody else's private notes; erasure leaves no trace of their
 * key, name or display name in any table of the app (every AO_ table the database lists), keeps the other member's
 * history readable, ends live relationships with a notice, and hands their programs over.
 */
public class PersonalDataStoreTest {
    private static final String PERSON = MENTEE; // Tomáš, user name "tomas"
    private MentoringFixture f;
    private Relationship live;
    private Relationship ended;
    private long program;
    private Goal goal;
    private long pairing;
    private Introduction asked;
    private Introduction made;
    private Introduction received;

    @Before
    public void everyFeatureHoldsSomethingOfThePerson() {
        f = new MentoringFixture();
        program = FormalProgram.open(f.graph, null, MENTOR, PERSON, MENTEE2);
        long managed = f.graph.programs().create(ADMIN, new ProgramInput("Graduates 2027", null, null, "ALWAYS_ON", null, null,
                null, null, null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, managed, PERSON);

        live = f.relationships.propose(PERSON, new Proposal(MENTOR, PERSON, "FORMAL", program, "Please mentor me on architecture"));
        live = f.relationships.move(MENTOR, live.id(), Move.ACCEPT, MoveRequest.none());
        ended = f.relationships.propose(PERSON, new Proposal(MENTEE2, PERSON, "INFORMAL", null, null));
        ended = f.relationships.move(MENTEE2, ended.id(), Move.ACCEPT, MoveRequest.none());
        ended = f.relationships.move(PERSON, ended.id(), Move.COMPLETE, MoveRequest.none());
        f.relationships.reflect(PERSON, ended.id(), "TOMAS-PRIVATE-REFLECTION", "PRIVATE", null);

        Session s = f.sessions.create(MENTOR, live.id(), new SessionInput("2026-11-01", 45, "Architecture katas", "SHARED-NOTES-KEPT", null),
                "MARA-PRIVATE-SESSION-NOTE", List.of(new ActionItemInput("Read the DDD book", PERSON, null, null)));
        f.sessions.setPrivateNote(PERSON, s.id(), "TOMAS-PRIVATE-SESSION-NOTE");

        goal = f.goals.create(PERSON, live.id(), new GoalInput("Lead a design review", "Why it matters", "Two reviews", null, null, null));
        f.goals.checkIn(PERSON, goal.id(), 30, null, "TOMAS-PRIVATE-CHECKIN", "PRIVATE");
        f.goals.checkIn(MENTOR, goal.id(), 40, null, "MARA-PRIVATE-CHECKIN", "PRIVATE");
        f.goals.checkIn(MENTOR, goal.id(), 50, null, "MARA-SHARED-CHECKIN", "PAIR");
        f.goals.addEvidence(PERSON, goal.id(), "URL", "https://example.test/review", "Review notes");

        f.feedback.give(MENTOR, live.id(), new FeedbackInput("STRENGTH", "MARA-FEEDBACK-FOR-PAIR", null, null, null, "PAIR"), null);
        long round = f.feedback.openRound(MENTOR, live.id(), 7).id();
        f.feedback.give(MENTOR, live.id(), new FeedbackInput("GROWTH", "MARA-UNREVEALED-FEEDBACK", null, null, null, "PAIR"), round);
        long given = f.feedback.give(PERSON, live.id(), new FeedbackInput("STRENGTH", "TOMAS-FEEDBACK-FOR-PAIR", null, null, null, "PAIR"), null).id();
        f.feedback.reply(MENTOR, given, "Thank you");

        // A program where mentees choose (before their profile names a language Olga does not speak): the person's open application to Mara, with their note.
        long choosing = f.graph.programs().create(ADMIN, new ProgramInput("Choosing 2027", null, null, "ALWAYS_ON", null, null,
                null, null, "MENTEE_CHOOSES", null, null, null, true, null, null)).id();
        f.graph.programs().move(ADMIN, choosing, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(OUTSIDER, choosing, true, false, null);
        f.graph.enrolments().enrol(PERSON, choosing, false, true, null);
        f.graph.applications().apply(PERSON, choosing, OUTSIDER, "TOMAS-PRIVATE-APPLICATION-NOTE");
        f.profiles.save(PERSON, PERSON, new org.mentoring.people.ProfileInput(false, true, List.of(), List.of(), List.of("en"),
                "Europe/Prague", 4, null, "TOMAS-BIO", false, null));
        f.graph.deliveryPreferences().update(PERSON, Map.of("FEEDBACK", Map.of("email", "OFF")));
        f.graph.notifications().send(new Notifications.Notification(PERSON, MENTOR, Notifications.ActorRole.MENTOR,
                "mentoring.feedback.notify.GIVEN", List.of(), "/x"));

        // A manager-matched program: the person's answers, a rule and pairs naming them in a published run and in a
        // draft run, and their withdrawal; their choice to go on informally; the reminders sent to them.
        pairing = f.graph.programs().create(ADMIN, new ProgramInput("Pairing 2027", null, null, "ALWAYS_ON", null, null,
                null, null, null, null, null, 2, true, null, null)).id();
        f.graph.programs().appoint(ADMIN, pairing, MANAGER);
        long question = f.graph.enrolments().setQuestions(ADMIN, pairing, List.of(
                new EnrolmentService.QuestionInput(null, "What would you like to learn?", false))).get(0).id();
        f.graph.programs().move(ADMIN, pairing, ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, pairing, true, false, null);
        f.graph.enrolments().enrol(MENTEE2, pairing, false, true, null);
        f.graph.enrolments().enrol(PERSON, pairing, new EnrolmentInput(false, true, null,
                List.of(new EnrolmentInput.Answer(question, "TOMAS-PRIVATE-ANSWER"))));
        f.graph.matching().setRule(MANAGER, pairing, PERSON, MENTOR, "FORBID");
        MatchingService.Run published = f.graph.matching().run(MANAGER, pairing);
        f.graph.matching().publish(MANAGER, pairing, published.seq());
        f.graph.matching().run(MANAGER, pairing);
        f.graph.enrolments().withdraw(PERSON, pairing);
        f.graph.programEnd().choose(PERSON, live.id(), true);
        f.transactions.execute(() -> {
            f.store.create(ReminderSentEntity.class, Map.of(ReminderSentEntity.OCCURRENCE_KEY, "ROUND_CLOSING:" + round + ":" + PERSON,
                    ReminderSentEntity.RECIPIENT_KEY, PERSON, ReminderSentEntity.SENT_AT, 1L));
            f.store.create(ProgramEndReminderEntity.class, Map.of(ProgramEndReminderEntity.REMINDER_KEY,
                    program + ":2027-06-30:" + live.id() + ":" + PERSON, ProgramEndReminderEntity.SENT_AT, 1L));
            return null;
        });
        // Introductions: Tomáš asked (Olga introduced, not yet accepted), made one (accepted), and was introduced in
        // another pair's (named by the asker, not yet answered).
        IntroductionService intros = f.graph.introductions();
        asked = intros.ask(PERSON, live.id(), new IntroductionInput(null, "Kubernetes in production", "ASKER-OWN-PURPOSE"));
        asked = intros.move(MENTOR, asked.id(), IntroductionMove.INTRODUCE, OUTSIDER, "NOTE-TO-OLGA-UNACCEPTED", null);
        made = intros.ask(MENTOR, live.id(), new IntroductionInput(null, "Someone in design", "MARA-PURPOSE-FOR-TOMAS"));
        made = intros.move(PERSON, made.id(), IntroductionMove.INTRODUCE, MENTEE2, "NOTE-TO-ZOE", null);
        made = intros.move(MENTEE2, made.id(), IntroductionMove.ACCEPT, null, null, null);
        Relationship others = f.relationships.propose(MANAGER, new Proposal(MANAGER, ADMIN, "INFORMAL", null, null));
        others = f.relationships.move(ADMIN, others.id(), Move.ACCEPT, MoveRequest.none());
        received = intros.ask(ADMIN, others.id(), new IntroductionInput(PERSON, null, "ADA-PURPOSE-HIDDEN"));
        received = intros.move(MANAGER, received.id(), IntroductionMove.INTRODUCE, PERSON, "NOTE-ADDRESSED-TO-THE-INTRODUCED", null);
    }

    @Test
    public void theExportHoldsThePersonsDataAndThePairsButNobodyElsesPrivateNotes() throws Exception {
        Map<String, Object> document = f.graph.personalDataExport().export(PERSON);
        String json = new ObjectMapper().writeValueAsString(document);

        for (String own : List.of("TOMAS-PRIVATE-SESSION-NOTE", "TOMAS-PRIVATE-CHECKIN", "TOMAS-PRIVATE-REFLECTION", "TOMAS-BIO",
                "TOMAS-FEEDBACK-FOR-PAIR", "SHARED-NOTES-KEPT", "MARA-SHARED-CHECKIN", "MARA-FEEDBACK-FOR-PAIR", "Thank you",
                "Lead a design review", "Read the DDD book", "Please mentor me on architecture", "TOMAS-PRIVATE-ANSWER")) {
            assertTrue("the export holds " + own, json.contains(own));
        }
        for (String others : List.of("MARA-PRIVATE-SESSION-NOTE", "MARA-PRIVATE-CHECKIN", "MARA-UNREVEALED-FEEDBACK")) {
            assertFalse("the export never holds another person's private note, nor blind-round feedback before it is revealed: " + others, json.contains(others));
        }
        assertEquals(PersonalDataExport.FORMAT, document.get("format"));
        assertEquals("Tomáš Mentee", ((Map<?, ?>) document.get("person")).get("displayName"));
        assertEquals("two relationships", 2, ((List<?>) document.get("relationships")).size());
        Map<?, ?> programs = (Map<?, ?>) document.get("programs");
        assertEquals("their choice to go on informally", List.of((long) live.id()), programs.get("continueInformallyRelationshipIds"));
        assertTrue("their withdrawal, as a change of their enrolment", new ObjectMapper().writeValueAsString(programs).contains("WITHDRAWN"));
        assertFalse("never matching's scores, which weigh them against others", new ObjectMapper().writeValueAsString(programs).contains("score"));
        assertEquals("the reminders sent to them, by type", "ROUND_CLOSING",
                ((Map<?, ?>) ((List<?>) ((Map<?, ?>) document.get("reminders")).get("sent")).get(0)).get("type"));

        String mentorsExport = new ObjectMapper().writeValueAsString(f.graph.personalDataExport().export(MENTOR));
        assertTrue(mentorsExport.contains("MARA-PRIVATE-SESSION-NOTE"));
        assertTrue("the mentor's export holds the introduction Tomáš made for her", mentorsExport.contains("NOTE-TO-ZOE"));
        assertFalse("the mentor's export never holds the mentee's private notes", mentorsExport.contains("TOMAS-PRIVATE-SESSION-NOTE")
                || mentorsExport.contains("TOMAS-PRIVATE-CHECKIN") || mentorsExport.contains("TOMAS-PRIVATE-REFLECTION"));

        assertEquals("the introductions Tomáš asked for, made and was introduced in", 3, ((List<?>) document.get("introductions")).size());

        assertEquals("asking for an export is audited", "personal-data.exported",
                f.graph.storedAudit().list(PageRequest.first(1)).values().get(0).action());
    }

    /**
     * The export keeps the double opt-in: the asker does not learn whom they were introduced to (nor the note addressed
     * to them) before that person accepts; the person introduced reads who introduces them and the note addressed to
     * them, but not who asked or why.
     */
    @Test
    public void theExportOfIntroductionsShowsOnlyWhatEachPartMaySee() throws Exception {
        String json = new ObjectMapper().writeValueAsString(f.graph.personalDataExport().export(PERSON).get("introductions"));
        for (String own : List.of("ASKER-OWN-PURPOSE", "Kubernetes in production", "MARA-PURPOSE-FOR-TOMAS", "NOTE-TO-ZOE", MENTEE2,
                "NOTE-ADDRESSED-TO-THE-INTRODUCED", MANAGER)) {
            assertTrue("the export holds " + own + ": " + json, json.contains(own));
        }
        for (String hidden : List.of("NOTE-TO-OLGA-UNACCEPTED", OUTSIDER, "Olga", "ADA-PURPOSE-HIDDEN", ADMIN)) {
            assertFalse("the export does not reveal " + hidden + ": " + json, json.contains(hidden));
        }

        PersonalDataExport.Section section = PersonalDataExport.readable(f.graph.personalDataExport().export(PERSON)).stream()
                .filter(sec -> sec.title().equals("introductions")).findFirst().orElseThrow();
        assertTrue("the readable page shows each field on its own line: " + section.lines(), section.lines().stream()
                .anyMatch(l -> "purpose".equals(l.label()) && "ASKER-OWN-PURPOSE".equals(l.value())));

        f.graph.introductions().move(OUTSIDER, asked.id(), IntroductionMove.ACCEPT, null, null, null);
        String accepted = new ObjectMapper().writeValueAsString(f.graph.personalDataExport().export(PERSON).get("introductions"));
        assertTrue("once Olga accepts, the asker's export names her and holds the note", accepted.contains(OUTSIDER)
                && accepted.contains("NOTE-TO-OLGA-UNACCEPTED"));
    }

    @Test
    public void theAffectedEntitiesAreCountsPerKind() {
        Map<String, Integer> affected = f.graph.erasure().affected(PERSON);
        assertEquals(Integer.valueOf(2), affected.get("relationships"));
        assertEquals(Integer.valueOf(1), affected.get("sessions.privateNotes"));
        assertEquals(Integer.valueOf(1), affected.get("goals.privateNotes"));
        assertEquals(Integer.valueOf(1), affected.get("relationships.privateNotes"));
        assertEquals(Integer.valueOf(1), affected.get("profile"));
        assertEquals(Integer.valueOf(1), affected.get("programs.managed"));
        assertEquals("the unmatched pairs of both runs", Integer.valueOf(2), affected.get("programs.matchedPairs"));
        assertEquals(Integer.valueOf(1), affected.get("programs.matchingRules"));
        assertEquals(Integer.valueOf(1), affected.get("programs.continueChoices"));
        assertEquals(Integer.valueOf(1), affected.get("programs.endReminders"));
        assertEquals(Integer.valueOf(1), affected.get("reminders.sent"));
        assertEquals(Integer.valueOf(1), affected.get("introductions.asked"));
        assertEquals(Integer.valueOf(1), affected.get("introductions.made"));
        assertEquals(Integer.valueOf(1), affected.get("introductions.received"));
        assertEquals(1, f.graph.erasure().owned(PERSON));
        assertFalse("nothing of an uninvolved person", f.graph.erasure().affected(MentoringFixture.OUTSIDER).containsKey("relationships"));
    }

    @Test
    public void erasureLeavesNoTraceOfThePersonInAnyTableAndKeepsTheOtherMembersHistory() throws Exception {
        List<String> person = List.of(PERSON, "tomas", "Tomáš", "Tomáš Mentee", "tomas@example.test", "TOMAS-PRIVATE", "TOMAS-BIO");
        Set<String> before = AppTables.traces(StoreTestDatabase.entityManager(), person);
        for (String table : List.of("PROGRAM_ENROL", "ENROL_CHANGE", "MATCH_PAIR", "PROGRAM_APPLY", "MATCH_RULE", "PROGRAM_CONTINUE",
                "PROGRAM_END_REMIND", "REMINDER_SENT")) {
            assertTrue("the scan finds the person in " + table + " before erasure: " + before,
                    before.stream().anyMatch(t -> t.startsWith(table + ".")));
        }
        for (String column : List.of("INTRODUCTION.ASKER_KEY", "INTRODUCTION.ASKED_KEY", "INTRODUCTION.INTRODUCED_KEY",
                "INTRODUCTION.WANTED_KEY", "INTRO_EVENT.ACTOR_KEY")) {
            assertTrue("the scan finds the person in " + column + " before erasure: " + before, before.contains(column + " holds '" + PERSON + "'"));
        }
        assertEquals(1, f.graph.erasure().transferOwnership(ADMIN, PERSON, MANAGER));
        Erasure.Result result = f.graph.erasure().anonymise(ADMIN, PERSON);
        String former = result.formerUserKey();
        assertTrue(former.startsWith(Erasure.FORMER_USER));

        Set<String> traces = AppTables.traces(StoreTestDatabase.entityManager(), person);
        assertEquals("no trace of the person in any table of the app", Set.of(), traces);

        // The other member's history stays readable, attributed to the former user.
        Relationship after = f.relationships.get(MENTOR, live.id());
        assertEquals(RelationshipStatus.ENDED, after.status());
        assertEquals(former, after.menteeKey());
        var notice = f.told.get(f.told.size() - 1);
        assertEquals("the mentor was told the relationship ended", MENTOR, notice.recipientKey());
        assertTrue(notice.key(), notice.key().endsWith("END"));
        String message = f.graph.notificationInbox().of(MENTOR, java.util.Locale.ENGLISH, PageRequest.first(1)).page().values().get(0).message();
        assertTrue("the mentor's notice names the former user: " + message, message.contains(former));
        Session kept = f.sessions.ofRelationship(MENTOR, live.id(), PageRequest.first(10)).sessions().values().get(0);
        assertEquals("SHARED-NOTES-KEPT", kept.sharedNotes());
        assertEquals("the mentor's own private note stays", "MARA-PRIVATE-SESSION-NOTE", kept.privateNote());
        assertEquals("open introductions through the person are cancelled", IntroductionStatus.CANCELLED,
                f.graph.introductions().get(MENTOR, asked.id()).status());
        assertEquals(IntroductionStatus.CANCELLED, f.graph.introductions().get(MANAGER, received.id()).status());
        Introduction kept2 = f.graph.introductions().get(MENTOR, made.id());
        assertEquals("an accepted introduction stays, made by the former user", IntroductionStatus.ACCEPTED, kept2.status());
        assertEquals(former, kept2.askedKey());
        assertEquals("NOTE-TO-ZOE", f.graph.introductions().get(MENTEE2, made.id()).note());
        assertEquals("goals stay", "Lead a design review", f.goals.get(MENTOR, goal.id()).title());
        // Each other member still lists the relationship, besides the proposal the published matching made them.
        assertEquals("each other member still lists the relationship", 2,
                f.relationships.listMine(MENTOR, RelationshipFilter.all(), PageRequest.first(10)).total());
        assertEquals(2, f.relationships.listMine(MENTEE2, RelationshipFilter.all(), PageRequest.first(10)).total());
        assertTrue("programs moved to the chosen manager", f.programManagers.programsOf(MANAGER).size() >= 1);
        assertEquals("the published run's pair stays, under the former user", 1,
                f.store.find(MatchPairEntity.class, MatchPairEntity.MENTEE_KEY + " = ?", former).length);
        assertEquals("the draft run's pair and the rule about them are gone", 0,
                f.store.find(MatchRuleEntity.class, MatchRuleEntity.MENTEE_KEY + " = ?", former).length);
        assertEquals("the other mentee's matched pair stays", 1,
                f.store.find(MatchPairEntity.class, MatchPairEntity.MENTEE_KEY + " = ?", MENTEE2).length);
        assertEquals("the person is gone from every count", Map.of(), f.graph.erasure().affected(PERSON));
        assertEquals("erasure is audited under the former user only", former,
                f.graph.storedAudit().list(PageRequest.first(1)).values().get(0).subjectKey());
    }

    /** Jira's key change reaches the values that embed the key (unique keys of choices, rules and reminders), not only its columns. */
    @Test
    public void aKeyChangeReachesTheProgramAndReminderKeysThatEmbedIt() throws Exception {
        String renamed = "u-renamed-9";
        f.graph.erasure().changeKey(PERSON, renamed);
        Set<String> left = new TreeSet<>();
        for (String trace : AppTables.traces(StoreTestDatabase.entityManager(), List.of(PERSON))) {
            for (String table : List.of("PROGRAM_ENROL.", "ENROL_CHANGE.", "MATCH_", "PROGRAM_CONTINUE.", "PROGRAM_END_REMIND.", "REMINDER_SENT.")) {
                if (trace.startsWith(table)) {
                    left.add(trace);
                }
            }
        }
        assertEquals("no program or reminder row keeps the old key", Set.of(), left);
        Set<String> now = AppTables.traces(StoreTestDatabase.entityManager(), List.of(renamed));
        for (String column : List.of("PROGRAM_CONTINUE.CHOICE_KEY", "MATCH_RULE.RULE_KEY", "PROGRAM_END_REMIND.REMINDER_KEY",
                "REMINDER_SENT.OCCURRENCE_KEY")) {
            assertTrue(column + " holds the new key: " + now, now.contains(column + " holds '" + renamed + "'"));
        }
        assertEquals("the choice is still theirs under the new key", Integer.valueOf(1),
                f.graph.erasure().affected(renamed).get("programs.continueChoices"));
        assertEquals(Integer.valueOf(1), f.graph.erasure().affected(renamed).get("programs.endReminders"));
    }

    /**
     * Every table the database lists for the app is named by some feature's personal-data part, or is known to hold no
     * one's data: a table added later fails here until its part exists.
     */
    @Test
    public void everyTableOfTheAppHasAPersonalDataPartOrHoldsNoPerson() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (PersonalData part : f.graph.erasure().parts()) {
            for (KeyColumn column : part.keyColumns()) {
                covered.add(tableOf(column.entity()));
            }
        }
        Set<String> personFree = Set.of("SKILL", "SKILL_TERM", "GOAL_SUMMARY", "GOAL_MILESTONE", "PROGRAM", "FB_VERSION",
                // the standalone host's: settings (no user keys: tested by the end-to-end scan), sign-in failures (hashed names, erased by the host's part)
                "SA_SETTING", "SA_SIGNIN_FAIL", "SA_SESSION_GEN",
                // the standalone directory's active flags: keyed by user key and re-keyed by the host's own part (StandalonePersonalData)
                "SA_USER_ACTIVE",
                // a program's own enrolment questions (the answers are on the person's enrolment)
                "PROGRAM_QUESTION",
                // the claim that a run was published: "programId:seq", no one's key (who published is on MATCH_RUN)
                "MATCH_PUBLISH",
                // claims settling races over applications: "decide:id", "mentor:programId:enrolmentId:n", … (no one's key)
                "APPLY_CLAIM",
                // end reminders: no key column, the key ends the reminder's unique key; ProgramPersonalData counts,
                // deletes and re-keys them by it, and the after-erasure scan above proves none is left
                "PROGRAM_END_REMIND");
        Set<String> uncovered = new TreeSet<>();
        for (AppTables.Table table : AppTables.all(StoreTestDatabase.entityManager())) {
            if (!covered.contains(table.entityName()) && !personFree.contains(table.entityName())) {
                uncovered.add(table.entityName());
            }
        }
        assertEquals("tables without a personal-data part (add one to the feature and MentoringGraph)", Set.of(), uncovered);
    }

    private static String tableOf(Class<? extends RawEntity<?>> entity) {
        return entity.getAnnotation(net.java.ao.schema.Table.class).value();
    }
}
