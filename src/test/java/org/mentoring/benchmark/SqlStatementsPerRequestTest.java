package org.mentoring.benchmark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import net.java.ao.EntityManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mentoring.host.standalone.Databases;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.CountingDataSource;

/**
 * Every read costs at most 3 SQL statements, and the same number with little or much data:
 * a regression to one query per row (N+1) fails the build. Counted over real HTTP.
 */
public class SqlStatementsPerRequestTest {
    private static final int LIMIT = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StandaloneServer server;
    private static StandaloneApp app;
    private static Relationship small;
    private static Relationship large;
    private static long smallGoal;
    private static long largeGoal;
    private static long smallFeedback;
    private static long largeFeedback;
    private static long smallSession;
    private static long largeSession;
    private static long smallIntroduction;
    private static long smallProgram;
    private static long largeProgram;
    private static org.mentoring.program.MatchingService.Run largeRun;
    private static long largeIntroduction;

    @BeforeClass
    public static void start() throws Exception {
        EntityManager em = Databases.open("jdbc:hsqldb:mem:statements;hsqldb.tx=mvcc", "SA", "", null, CountingDataSource::wrap);
        // The demo people, and 60 more for a program's large cohort.
        List<org.mentoring.host.Person> people = new java.util.ArrayList<>(DemoUsers.ALL);
        for (int i = 0; i < 60; i++) {
            people.add(new org.mentoring.host.Person("u-p" + i, "p" + i, "Person " + i, true));
        }
        app = StandaloneApp.create(em, new org.mentoring.host.standalone.InMemoryUserDirectory(people, DemoUsers.ADMINS), Clock.systemUTC());
        server = StandaloneServer.start(app, "127.0.0.1", 0);
        app.graph.scope().setOrgWide(true);
        // zoe: one relationship with a short history; tomas: many relationships, one with a long history.
        small = app.graph.relationships().propose("u-zoe", new Proposal("u-ada", "u-zoe", "INFORMAL", null, null));
        large = app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, null));
        app.graph.relationships().move("u-mara", large.id(), Move.ACCEPT, MoveRequest.none());
        for (int i = 0; i < 30; i++) {
            app.graph.relationships().move("u-tomas", large.id(), Move.PAUSE, MoveRequest.none());
            app.graph.relationships().move("u-mara", large.id(), Move.RESUME, MoveRequest.none());
        }
        app.graph.relationships().move("u-ada", small.id(), Move.ACCEPT, MoveRequest.none());
        app.graph.agreements().update("u-ada", small.id(), new org.mentoring.relationship.AgreementInput("Grow", "WEEKLY", null, null, null, null, null), null);
        app.graph.agreements().update("u-mara", large.id(), new org.mentoring.relationship.AgreementInput("Grow", "MONTHLY", null, null, null, null, null), null);
        smallGoal = app.graph.goals().create("u-zoe", small.id(), new org.mentoring.goal.GoalInput("One goal", null, null, null, null, null)).id();
        for (int i = 0; i < 60; i++) {
            largeGoal = app.graph.goals().create("u-tomas", large.id(), new org.mentoring.goal.GoalInput("Goal " + i, null, null, null, null, null)).id();
        }
        for (int i = 0; i < 30; i++) {
            app.graph.goals().checkIn(i % 2 == 0 ? "u-tomas" : "u-mara", largeGoal, i, null, "Note " + i, i % 3 == 0 ? "PRIVATE" : null);
            app.graph.goals().addMilestone("u-tomas", largeGoal, "Milestone " + i);
            app.graph.goals().addEvidence("u-mara", largeGoal, "URL", "https://example.org/" + i, null);
        }
        // Feedback: one piece on the small relationship; many on the large one, with ratings, threads, goals and a round.
        smallFeedback = app.graph.feedback().give("u-ada", small.id(), feedbackInput("One", smallGoal), null).id();
        app.graph.feedback().reply("u-zoe", smallFeedback, "Thanks");
        app.graph.feedback().openRound("u-zoe", small.id(), null);
        for (int i = 0; i < 60; i++) {
            largeFeedback = app.graph.feedback().give(i % 2 == 0 ? "u-mara" : "u-tomas", large.id(),
                    feedbackInput("Feedback " + i, i % 3 == 0 ? largeGoal : null), null).id();
            for (int reply = 0; reply < i % 4; reply++) {
                app.graph.feedback().reply("u-tomas", largeFeedback, "Reply " + reply);
            }
        }
        org.mentoring.feedback.Round round = app.graph.feedback().openRound("u-mara", large.id(), null);
        app.graph.feedback().give("u-mara", large.id(), feedbackInput("Blind", null), round.id());
        smallSession = app.graph.sessions().create("u-zoe", small.id(), new org.mentoring.session.SessionInput("2026-01-05", 30, "Talks", "Shared", null),
                "Private", List.of(new org.mentoring.session.ActionItemInput("Write an abstract", null, null, null))).id();
        for (int i = 0; i < 60; i++) {
            largeSession = app.graph.sessions().create(i % 2 == 0 ? "u-tomas" : "u-mara", large.id(),
                    new org.mentoring.session.SessionInput(java.time.LocalDate.parse("2025-01-01").plusDays(i).toString(), 45, "Topic " + i,
                            "Shared " + i, null), "Private " + i,
                    List.of(new org.mentoring.session.ActionItemInput("Item A" + i, "u-tomas", null, null),
                            new org.mentoring.session.ActionItemInput("Item B" + i, "u-mara", null, null))).id();
        }
        // Introductions: a full page on each relationship (so both pay for the count), many more on the large one;
        // pam is introduced in some and accepts some.
        org.mentoring.network.IntroductionService intros = app.graph.introductions();
        for (int i = 0; i < 21; i++) {
            smallIntroduction = intros.ask("u-zoe", small.id(), new org.mentoring.network.IntroductionInput(null, "Topic " + i, "Why " + i)).id();
        }
        intros.move("u-ada", smallIntroduction, org.mentoring.network.IntroductionMove.INTRODUCE, "u-pam", "Hello Pam", null);
        intros.move("u-pam", smallIntroduction, org.mentoring.network.IntroductionMove.ACCEPT, null, null, null);
        intros.move("u-ada", smallIntroduction - 1, org.mentoring.network.IntroductionMove.INTRODUCE, "u-tomas", "Hello Tomáš", null);
        for (int i = 0; i < 60; i++) {
            long id = intros.ask("u-tomas", large.id(), new org.mentoring.network.IntroductionInput(null, "Topic " + i, "Why " + i)).id();
            if (i % 3 == 0) {
                intros.move("u-mara", id, org.mentoring.network.IntroductionMove.INTRODUCE, "u-pam", "Hello Pam " + i, null);
                largeIntroduction = id;
            }
            if (i % 6 == 0) {
                intros.move("u-pam", id, org.mentoring.network.IntroductionMove.ACCEPT, null, null, null);
            }
        }
        // Matching: a small program (one pair) and a large one (full pages of pairs, unmatched mentees and rules).
        smallProgram = org.mentoring.testing.FormalProgram.open(app.graph, "u-pam", "u-mara", "u-zoe");
        app.graph.matching().run("u-pam", smallProgram);
        largeProgram = org.mentoring.testing.FormalProgram.open(app.graph, "u-pam", "u-p0");
        for (int i = 1; i < 10; i++) {
            app.graph.enrolments().enrol("u-p" + i, largeProgram, true, false, 2);
        }
        for (int i = 10; i < 60; i++) {
            app.graph.enrolments().enrol("u-p" + i, largeProgram, false, true, null);
        }
        for (int i = 10; i < 35; i++) {
            app.graph.matching().setRule("u-pam", largeProgram, "u-p" + i, "u-p" + (i % 10), "FORBID");
        }
        largeRun = app.graph.matching().run("u-pam", largeProgram);
        for (String mentor : List.of("u-pam", "u-ada", "u-zoe")) {
            Relationship r = app.graph.relationships().propose("u-tomas", new Proposal(mentor, "u-tomas", "INFORMAL", null, null));
            app.graph.relationships().move(mentor, r.id(), Move.DECLINE, MoveRequest.none());
            for (int i = 0; i < 10; i++) {
                Relationship again = app.graph.relationships().propose("u-tomas", new Proposal(mentor, "u-tomas", "INFORMAL", null, null));
                app.graph.relationships().move("u-tomas", again.id(), Move.WITHDRAW, MoveRequest.none());
            }
        }
    }

    private static org.mentoring.feedback.FeedbackInput feedbackInput(String text, Long goalId) {
        return new org.mentoring.feedback.FeedbackInput("STRENGTH", text, goalId, null, List.of(
                new org.mentoring.feedback.FeedbackInput.RatingInput("Focus", 4), new org.mentoring.feedback.FeedbackInput.RatingInput("Care", 5)), null);
    }

    @AfterClass
    public static void stop() throws Exception {
        server.close();
    }

    private static long statements(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build();
        long before = CountingDataSource.executed();
        long signInBefore = CountingDataSource.signInExecuted();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long used = CountingDataSource.executed() - before;
        long signIn = CountingDataSource.signInExecuted() - signInBefore;
        assertEquals(path + ": " + response.body(), 200, response.statusCode());
        // The standalone host's own sign-in check (the hosts authenticate themselves): one read, and one more for a page's sign-out form.
        assertTrue(path + ": signing in cost " + signIn + " statements", signIn <= (path.startsWith("/rest/") ? 1 : 2));
        return used;
    }

    private static void assertBounded(String what, long few, long many) {
        assertTrue(what + " cost " + few + " statements with little data", few <= LIMIT);
        assertTrue(what + " cost " + many + " statements with much data", many <= LIMIT);
        assertEquals(what + " must not grow with the data", few, many);
    }

    /**
     * The mentor directory ranks every matching mentor, yet its statements do not grow with them: the skills named, the
     * mentors' rows with the viewer's own, their own limits, the default limit (a setting, read when someone has none) and
     * taken slots (of the page, or of all when room is wanted), and the page's skill names.
     */
    @Test
    public void findingAMentor() throws Exception {
        app.graph.skills().create("u-ada", new org.mentoring.people.SkillInput("Kotlin", null, List.of("kt")));
        app.graph.skills().create("u-ada", new org.mentoring.people.SkillInput("API design", null, List.of()));
        app.graph.profiles().save("u-mara", "u-mara", new org.mentoring.people.ProfileInput(true, false,
                List.of(new org.mentoring.people.ProfileInput.SkillLevelInput("Kotlin", 4)), List.of(), List.of("cs"),
                "Europe/Prague", 4, null, null, false, null));
        app.graph.profiles().save("u-zoe", "u-zoe", new org.mentoring.people.ProfileInput(false, true, List.of(),
                List.of(new org.mentoring.people.ProfileInput.SkillLevelInput("kt", 1)), List.of("cs"), null, null, null, null, false, null));
        String[] queries = {"/rest/mentoring/1.0/mentors", "/rest/mentoring/1.0/mentors?skill=kt&language=cs",
            "/rest/mentoring/1.0/mentors?hasRoom=true&maxResults=5", "/rest/mentoring/1.0/mentors?query=mara&tzFrom=-2&tzTo=3"};
        long[] few = new long[queries.length];
        for (int i = 0; i < queries.length; i++) {
            few[i] = statements(queries[i], "zoe");
        }
        for (int i = 0; i < 300; i++) {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put(org.mentoring.people.ProfileEntity.USER_KEY, "u-many-" + i);
            values.put(org.mentoring.people.ProfileEntity.OFFERS, true);
            values.put(org.mentoring.people.ProfileEntity.SEEKS, false);
            values.put(org.mentoring.people.ProfileEntity.REVERSE, false);
            values.put(org.mentoring.people.ProfileEntity.IN_DIRECTORY, true);
            values.put(org.mentoring.people.ProfileEntity.LANGS, "|cs|");
            values.put(org.mentoring.people.ProfileEntity.UTC_OFFSET, 60);
            String skills = i % 2 == 0 ? "|1:3|2:5|" : "|2:2|";
            values.put(org.mentoring.people.ProfileEntity.MENTOR_SKILLS, skills);
            values.put(org.mentoring.people.ProfileEntity.RANKING,
                    org.mentoring.people.RankingColumn.write(60, null, false, "|cs|", skills, null));
            values.put(org.mentoring.people.ProfileEntity.UPDATED_AT, 0L);
            app.store.create(org.mentoring.people.ProfileEntity.class, values);
        }
        for (int i = 0; i < queries.length; i++) {
            long many = statements(queries[i], "zoe");
            assertTrue(queries[i] + " cost " + few[i] + " statements with one mentor", few[i] <= 6);
            assertEquals(queries[i] + " must not grow with the mentors", few[i], many);
        }
    }

    /**
     * Choosing in a program: the ranked candidates read the program's whole pool in a fixed number of statements (its
     * approved enrolments, their relationships, the managers' rules, capacities, profiles, the viewer's applications),
     * and a page of applications is one read plus its count, however many mentors and applications the program holds.
     */
    @Test
    public void choosingInAProgram() throws Exception {
        long program = app.graph.programs().create("u-ada", new org.mentoring.program.ProgramInput("Choose", null, null, "ALWAYS_ON",
                null, null, null, null, "MENTEE_CHOOSES", null, null, null, true, null, null)).id();
        app.graph.programs().move("u-ada", program, org.mentoring.program.ProgramMove.OPEN, null, null);
        app.graph.enrolments().enrol("u-mara", program, true, false, null);
        app.graph.enrolments().enrol("u-pam", program, true, false, null);
        app.graph.enrolments().enrol("u-zoe", program, false, true, null);
        app.graph.applications().apply("u-zoe", program, "u-mara", "Hello");
        // Both sizes fill a page of two, so both pay for the count.
        manyChoosers(program, 0, 3);
        String base = "/rest/mentoring/1.0/programs/" + program;
        String[] asZoe = {base + "/candidates?maxResults=5", base + "/applications?maxResults=2", base + "/applications?as=applicant&status=OPEN&maxResults=2"};
        long[] few = new long[asZoe.length];
        for (int i = 0; i < asZoe.length; i++) {
            few[i] = statements(asZoe[i], "zoe");
        }
        long fewReceived = statements(base + "/applications?as=chooser&maxResults=2", "mara");
        manyChoosers(program, 3, 200);
        for (int i = 0; i < asZoe.length; i++) {
            assertTrue(asZoe[i] + " cost " + few[i] + " statements", few[i] <= 12);
            assertEquals(asZoe[i] + " must not grow with the program", few[i], statements(asZoe[i], "zoe"));
        }
        assertEquals("a mentor's received applications must not grow with the program", fewReceived,
                statements(base + "/applications?as=chooser&maxResults=2", "mara"));
    }

    /** Mentors {@code u-chooser-from…to-1}, approved in the program, each with zoe's open application and one to mara. */
    private static void manyChoosers(long program, int from, int to) {
        for (int i = from; i < to; i++) {
            String key = "u-chooser-" + i;
            java.util.Map<String, Object> enrolment = new java.util.HashMap<>();
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.PROGRAM_ID, program);
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.USER_KEY, key);
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.ENROL_KEY, program + ":" + key);
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.AS_MENTOR, true);
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.AS_MENTEE, true);
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.STATUS, "APPROVED");
            enrolment.put(org.mentoring.program.ProgramEnrolmentEntity.ENROLLED_AT, 0L);
            app.store.create(org.mentoring.program.ProgramEnrolmentEntity.class, enrolment);
            for (String[] pair : new String[][] {{key, "u-zoe"}, {"u-mara", key}}) {
                java.util.Map<String, Object> application = new java.util.HashMap<>();
                application.put(org.mentoring.program.ApplicationEntity.PROGRAM_ID, program);
                application.put(org.mentoring.program.ApplicationEntity.MODE, "MENTEE_CHOOSES");
                application.put(org.mentoring.program.ApplicationEntity.MENTOR_KEY, pair[0]);
                application.put(org.mentoring.program.ApplicationEntity.MENTEE_KEY, pair[1]);
                application.put(org.mentoring.program.ApplicationEntity.STATUS, "OPEN");
                application.put(org.mentoring.program.ApplicationEntity.APPLIED_AT, (long) i);
                app.store.create(org.mentoring.program.ApplicationEntity.class, application);
            }
        }
    }

    /**
     * A person's data export reads each child table (milestones, evidence, check-ins, agreements, history, replies, action
     * items, enrolment changes, introduction events) once per page of parents, never once per goal, relationship, piece
     * of feedback or session: tomas (34 relationships, 60 goals, 60 pieces of feedback, 60 sessions, 60 introductions)
     * costs what zoe (12 relationships, 11 of them proposals tomas withdrew or she declined; one goal, piece of feedback
     * and session; 21 introductions) costs. 26 statements with program applications (57 for zoe alone when each goal, relationship, piece of
     * feedback and session read its own children).
     */
    @Test
    public void exportingMyData() throws Exception {
        long few = statements("/rest/mentoring/1.0/me/export", "zoe");
        long many = statements("/rest/mentoring/1.0/me/export", "tomas");
        assertTrue("the export cost " + few + " statements with little data", few <= 26);
        // Not equal to the statement: a part with no parent rows skips its child tables (zoe may hold an application
        // from another test here); a per-row read would cost tomas hundreds.
        assertTrue("the export must not grow with the person's data (" + many + " for tomas)", many <= 26);
    }

    @Test
    public void listingMyRelationships() throws Exception {
        // The overdue-meeting flag comes from the relationship row: no query of its own.
        long one = statements("/rest/mentoring/1.0/relationships", "zoe");
        long many = statements("/rest/mentoring/1.0/relationships?maxResults=5", "tomas");
        assertEquals("a first page that is not full needs no count", 1, one);
        assertTrue("a full page adds one count, whatever the total: " + many, many <= 2);
        assertTrue(statements("/rest/mentoring/1.0/relationships?startAt=30&maxResults=5", "tomas") <= 2);
    }

    @Test
    public void gettingOne() throws Exception {
        assertBounded("get", statements("/rest/mentoring/1.0/relationships/" + small.id(), "zoe"),
                statements("/rest/mentoring/1.0/relationships/" + large.id(), "tomas"));
    }

    @Test
    public void readingTheHistory() throws Exception {
        assertBounded("history", statements("/rest/mentoring/1.0/relationships/" + small.id() + "/history", "zoe"),
                statements("/rest/mentoring/1.0/relationships/" + large.id() + "/history", "tomas"));
    }

    /** The page itself reads 3 (the relationship, its agreement, a page of history); its sections load as requests of their own. */
    @Test
    public void theRelationshipPage() throws Exception {
        assertBounded("page", statements("/plugins/servlet/mentoring/relationship?id=" + small.id(), "zoe"),
                statements("/plugins/servlet/mentoring/relationship?id=" + large.id(), "tomas"));
    }

    /**
     * The session log section: the relationship, a page of sessions (with the viewer's own notes), their action items,
     * and for the agenda prompt a page of open goals.
     */
    @Test
    public void theRelationshipPagesSessionsSection() throws Exception {
        long few = statements("/plugins/servlet/mentoring/section?section=sessions&relationship=" + small.id(), "zoe");
        long many = statements("/plugins/servlet/mentoring/section?section=sessions&relationship=" + large.id(), "tomas");
        assertTrue("the sessions section cost " + few, few <= 4);
        assertTrue("the sessions section cost " + many, many <= 4);
        assertEquals("the sessions section must not grow with the data", few, many);
    }

    /**
     * My mentoring at a glance: a page of each list (and its count when full), then one query each for the listed
     * relationships' goal summaries, goals waiting for the viewer, agreements and open feedback rounds: the same
     * whether the viewer has one mentorship or many, with much in each.
     */
    @Test
    public void myMentoringAtAGlance() throws Exception {
        long few = statements("/plugins/servlet/mentoring/my", "zoe");
        long many = statements("/plugins/servlet/mentoring/my", "tomas");
        assertTrue("My mentoring lists two sections (at most 2 statements each) and 4 glance queries: " + few, few <= 8);
        assertTrue("My mentoring lists two sections (at most 2 statements each) and 4 glance queries: " + many, many <= 8);
        for (String user : List.of("u-ada", "u-zoe", "u-pam")) {
            if (app.graph.relationships().listMine("u-tomas", org.mentoring.relationship.RelationshipFilter.all(),
                    org.mentoring.paging.PageRequest.first(50)).values().stream().noneMatch(r -> r.isMember(user))) {
                app.graph.relationships().propose("u-tomas", new Proposal("u-tomas", user, "INFORMAL", null, null));
            }
        }
        assertEquals("My mentoring must not grow with the relationships", many, statements("/plugins/servlet/mentoring/my", "tomas"));
    }

    @Test
    public void aRelationshipsSessions() throws Exception {
        assertBounded("sessions of a relationship", statements("/rest/mentoring/1.0/sessions?relationshipId=" + small.id(), "zoe"),
                statements("/rest/mentoring/1.0/sessions?relationshipId=" + large.id() + "&maxResults=50", "tomas"));
        assertTrue(statements("/rest/mentoring/1.0/sessions?relationshipId=" + large.id() + "&startAt=40&maxResults=10", "mara") <= LIMIT);
    }

    @Test
    public void oneSession() throws Exception {
        assertBounded("one session", statements("/rest/mentoring/1.0/sessions/" + smallSession, "zoe"),
                statements("/rest/mentoring/1.0/sessions/" + largeSession, "tomas"));
    }

    /**
     * The feedback section reads the relationship and at most 4 more, whatever the amount of feedback: a page of
     * feedback, the latest replies of its threads (skipped when none has replies), the latest blind round, and the
     * goal titles (skipped without the form and without feedback about a goal).
     */
    @Test
    public void theRelationshipPagesFeedbackSection() throws Exception {
        long few = statements("/plugins/servlet/mentoring/section?section=feedback&relationship=" + small.id(), "zoe");
        long many = statements("/plugins/servlet/mentoring/section?section=feedback&relationship=" + large.id(), "tomas");
        assertTrue("the feedback section cost " + few, few <= 5);
        assertTrue("the feedback section cost " + many, many <= 5);
        assertEquals("the feedback section must not grow with the data", few, many);
    }

    @Test
    public void theRelationshipPagesGoalsSection() throws Exception {
        assertBounded("goals section", statements("/plugins/servlet/mentoring/section?section=goals&relationship=" + small.id(), "zoe"),
                statements("/plugins/servlet/mentoring/section?section=goals&relationship=" + large.id(), "tomas"));
    }

    @Test
    public void aRelationshipsGoals() throws Exception {
        assertBounded("goals of a relationship", statements("/rest/mentoring/1.0/goals?relationshipId=" + small.id() + "&maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/goals?relationshipId=" + large.id() + "&maxResults=50", "tomas"));
    }

    @Test
    public void myGoalsAcrossRelationships() throws Exception {
        assertBounded("my goals", statements("/rest/mentoring/1.0/goals?maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/goals?maxResults=50", "tomas"));
    }

    /**
     * The goal page reads the goal, its relationship, and a page each of check-ins, milestones and evidence; and, for a goal
     * in progress, why it was last sent back from review.
     */
    @Test
    public void theGoalPage() throws Exception {
        long few = statements("/plugins/servlet/mentoring/goal?id=" + smallGoal, "zoe");
        long many = statements("/plugins/servlet/mentoring/goal?id=" + largeGoal, "tomas");
        assertTrue("the goal page cost " + few, few <= 6);
        assertTrue("the goal page cost " + many, many <= 6);
        assertEquals("the goal page must not grow with the goal's content", few, many);
    }

    @Test
    public void myNotifications() throws Exception {
        assertBounded("notifications", statements("/rest/mentoring/1.0/notifications?maxResults=5", "zoe"),
                statements("/rest/mentoring/1.0/notifications?maxResults=5", "tomas"));
    }

    @Test
    public void oneGoal() throws Exception {
        assertBounded("one goal", statements("/rest/mentoring/1.0/goals/" + smallGoal, "zoe"),
                statements("/rest/mentoring/1.0/goals/" + largeGoal, "tomas"));
    }

    @Test
    public void aRelationshipsFeedback() throws Exception {
        assertBounded("feedback of a relationship", statements("/rest/mentoring/1.0/feedback?relationshipId=" + small.id() + "&maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/feedback?relationshipId=" + large.id() + "&maxResults=50", "tomas"));
        assertBounded("feedback about a goal", statements("/rest/mentoring/1.0/feedback?relationshipId=" + small.id() + "&goalId=" + smallGoal + "&maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/feedback?relationshipId=" + large.id() + "&goalId=" + largeGoal + "&maxResults=5", "tomas"));
    }

    @Test
    public void oneFeedbackItsThreadAndVersions() throws Exception {
        assertBounded("one feedback", statements("/rest/mentoring/1.0/feedback/" + smallFeedback, "zoe"),
                statements("/rest/mentoring/1.0/feedback/" + largeFeedback, "tomas"));
        assertBounded("a thread", statements("/rest/mentoring/1.0/feedback/" + smallFeedback + "/replies", "zoe"),
                statements("/rest/mentoring/1.0/feedback/" + largeFeedback + "/replies", "tomas"));
        assertBounded("versions", statements("/rest/mentoring/1.0/feedback/" + smallFeedback + "/versions", "zoe"),
                statements("/rest/mentoring/1.0/feedback/" + largeFeedback + "/versions", "tomas"));
        assertBounded("rounds", statements("/rest/mentoring/1.0/feedback/rounds?relationshipId=" + small.id() + "&maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/feedback/rounds?relationshipId=" + large.id() + "&maxResults=1", "tomas"));
    }

    @Test
    public void introductions() throws Exception {
        assertBounded("introductions of a relationship", statements("/rest/mentoring/1.0/introductions?relationshipId=" + small.id() + "&maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/introductions?relationshipId=" + large.id() + "&maxResults=50", "tomas"));
        assertBounded("one introduction", statements("/rest/mentoring/1.0/introductions/" + smallIntroduction, "zoe"),
                statements("/rest/mentoring/1.0/introductions/" + largeIntroduction, "tomas"));
        assertBounded("my network", statements("/rest/mentoring/1.0/introductions/network?maxResults=1", "zoe"),
                statements("/rest/mentoring/1.0/introductions/network?maxResults=5", "tomas"));
        assertBounded("waiting for my answer", statements("/rest/mentoring/1.0/introductions/waiting?maxResults=1", "tomas"),
                statements("/rest/mentoring/1.0/introductions/waiting?maxResults=5", "pam"));
        assertBounded("introductions section", statements("/plugins/servlet/mentoring/section?section=introductions&relationship=" + small.id(), "zoe"),
                statements("/plugins/servlet/mentoring/section?section=introductions&relationship=" + large.id(), "tomas"));
        // Three lists, each a page and (when full) its count.
        long few = statements("/plugins/servlet/mentoring/network", "zoe");
        long many = statements("/plugins/servlet/mentoring/network", "pam");
        assertTrue("My network cost " + few, few <= 6);
        assertTrue("My network cost " + many, many <= 6);
    }

    /**
     * A program's matching page: the program and the viewer's right to it, the latest run, and a page each of its pairs
     * (with the profiles and skills that explain their scores), its unmatched mentees and its rules — not one more with
     * 20 pairs, 20 unmatched and 20 rules on screen than with one pair.
     */
    @Test
    public void theMatchingPage() throws Exception {
        assertTrue("a full page of pairs: " + largeRun, largeRun.matched() > 20 && largeRun.unmatched() > 20);
        long few = statements("/plugins/servlet/mentoring/program-matching?id=" + smallProgram, "pam");
        long many = statements("/plugins/servlet/mentoring/program-matching?id=" + largeProgram, "pam");
        long later = statements("/plugins/servlet/mentoring/program-matching?id=" + largeProgram + "&pairsAt=20&unmatchedAt=20&rulesAt=20", "pam");
        // 8 with one pair; 11 with full pages: the same reads, plus one count per full list.
        assertTrue("the matching page cost " + many, many <= 11);
        assertTrue("the matching page cost " + few + " with little data", few <= many && many - few <= 3);
        assertTrue("a later page cost " + later, later <= 11);

        // Published, with pairs in every state: where each stands costs the same whatever the page holds (the policy
        // asked once, the page's relationships and their acceptances read in one statement each).
        app.graph.matching().publish("u-pam", largeProgram, largeRun.seq());
        List<org.mentoring.program.MatchingService.ProposedPair> pairs = app.graph.matching().pairs("u-pam", largeProgram,
                org.mentoring.paging.PageRequest.first(3)).values();
        app.graph.relationships().move(pairs.get(0).mentorKey(), pairs.get(0).relationshipId(), Move.ACCEPT, MoveRequest.none());
        app.graph.relationships().move(pairs.get(1).mentorKey(), pairs.get(1).relationshipId(), Move.ACCEPT, MoveRequest.none());
        app.graph.relationships().move(pairs.get(1).menteeKey(), pairs.get(1).relationshipId(), Move.ACCEPT, MoveRequest.none());
        app.graph.relationships().move(pairs.get(2).menteeKey(), pairs.get(2).relationshipId(), Move.DECLINE, MoveRequest.none());
        long published = statements("/plugins/servlet/mentoring/program-matching?id=" + largeProgram, "pam");
        long publishedLater = statements("/plugins/servlet/mentoring/program-matching?id=" + largeProgram + "&pairsAt=20&unmatchedAt=20&rulesAt=20", "pam");
        assertTrue("the published matching page cost " + published + " against " + many, published <= many + 3);
        assertTrue("a later published page cost " + publishedLater, publishedLater <= later + 3);
    }
}
