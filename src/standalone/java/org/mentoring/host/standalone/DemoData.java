package org.mentoring.host.standalone;

import java.util.List;
import java.util.Map;
import org.mentoring.feedback.Feedback;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.feedback.Round;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalInput;
import org.mentoring.goal.Milestone;
import org.mentoring.people.ProfileInput;
import org.mentoring.people.SkillInput;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.ActionItemInput;
import org.mentoring.session.Session;
import org.mentoring.session.SessionInput;

/**
 * Demo relationships in several states, written through the real services on first start only
 * (a marker in the database settings, claimed by one node).
 */
public final class DemoData {
    /** The goal workflow's Agree and Start transitions (ids in workflow/development-goal-workflow.xml). */
    private static final int AGREE = 11;
    private static final int START = 21;
    static final String SEEDED = "org.mentoring.standalone.demoSeeded";

    private DemoData() {
    }

    /** Returns true if this call seeded the data; false if it was there already. */
    public static boolean seedOnce(StandaloneApp app) {
        String token = java.util.UUID.randomUUID().toString();
        if (!token.equals(app.settings.putIfAbsent(SEEDED, token))) {
            return false;
        }
        seed(app);
        app.settings.put(SEEDED, "done");
        return true;
    }

    private static void seed(StandaloneApp app) {
        String mara = DemoUsers.MARA.key();
        String tomas = DemoUsers.TOMAS.key();
        String zoe = DemoUsers.ZOE.key();
        String pam = DemoUsers.PAM.key();
        String ada = DemoUsers.ADA.key();

        // The demo starts with mentoring switched on (a fresh install in Jira or Confluence starts with it off).
        app.graph.scope().setOrgWide(true);

        // Mara mentors Tomáš: active, with an agreement both accepted, and a pause behind them.
        Relationship active = app.graph.relationships().propose(tomas, new Proposal(mara, tomas, "INFORMAL", null,
                "Hi Mara, would you mentor me while I grow into a tech-lead role?"));
        app.graph.relationships().move(mara, active.id(), Move.ACCEPT, MoveRequest.none());
        app.graph.agreements().update(mara, active.id(), new AgreementInput(
                "Lead one design review a month; learn to delegate; build a network outside the team.",
                "EVERY_TWO_WEEKS", null, "Video call, 45 minutes",
                "What we discuss stays between us unless we both agree to share it.", "2026-09-01", "2027-03-01"), null);
        app.graph.agreements().accept(tomas, active.id(), null);
        app.graph.relationships().move(tomas, active.id(), Move.PAUSE, new MoveRequest("Release crunch, back in two weeks.", null, null));
        app.graph.relationships().move(mara, active.id(), Move.RESUME, MoveRequest.none());
        seedSessions(app, active);

        // Feedback both ways: a strength with ratings (acknowledged, with a short thread), what the mentor learned,
        // and a blind round the mentor has submitted to (Tomáš sees only that she has).
        Feedback strength = app.graph.feedback().give(mara, active.id(), new FeedbackInput("STRENGTH",
                "You kept Tuesday's design review focused and made sure the quiet people were heard.", null, null,
                List.of(new FeedbackInput.RatingInput("Facilitation", 4), new FeedbackInput.RatingInput("Listening", 5)), null), null);
        app.graph.feedback().acknowledge(tomas, strength.id());
        app.graph.feedback().reply(tomas, strength.id(), "Thank you! Asking each person directly felt awkward at first, but it worked.");
        app.graph.feedback().reply(mara, strength.id(), "It did. Next time try it without the round-robin: just invite the quiet ones.");
        app.graph.feedback().give(tomas, active.id(), new FeedbackInput("LEARNED",
                "From you I learned to ask a question before offering an answer. I use it with my team now.", null, null, List.of(), null), null);
        app.graph.feedback().give(mara, active.id(), new FeedbackInput("GROWTH",
                "Delegate the follow-ups after meetings instead of taking them all yourself.", null, null,
                List.of(new FeedbackInput.RatingInput("Delegation", 2)), null), null);
        Round round = app.graph.feedback().openRound(mara, active.id(), null);
        app.graph.feedback().give(mara, active.id(), new FeedbackInput("GROWTH",
                "Mid-point round: your status updates are thorough but long; lead with the decision you need.", null, null,
                List.of(new FeedbackInput.RatingInput("Communication", 3)), null), round.id());

        seedGoals(app, active);

        // Networking: Tomáš asked Mara for an introduction; she introduced Pam, who accepted (they are connected).
        org.mentoring.network.Introduction asked = app.graph.introductions().ask(tomas, active.id(), new org.mentoring.network.IntroductionInput(
                null, "someone who has run design reviews across several teams", "I lead my first cross-team design review next month."));
        app.graph.introductions().move(mara, asked.id(), org.mentoring.network.IntroductionMove.INTRODUCE, pam,
                "Pam, Tomáš is a mentee of mine preparing his first cross-team design review. Would you share how you run yours?", null);
        app.graph.introductions().move(pam, asked.id(), org.mentoring.network.IntroductionMove.ACCEPT, null, null, null);

        // Mara offered to mentor Zoë: waiting for Zoë's answer.
        app.graph.relationships().propose(mara, new Proposal(mara, zoe, "INFORMAL", null,
                "Happy to help you prepare for your first conference talk."));

        // Pam and Ada: a completed relationship kept alive as alumni.
        Relationship alumni = app.graph.relationships().propose(pam, new Proposal(ada, pam, "INFORMAL", null, null));
        app.graph.relationships().move(ada, alumni.id(), Move.ACCEPT, MoveRequest.none());
        app.graph.relationships().move(pam, alumni.id(), Move.COMPLETE, new MoveRequest("Thank you for a great year!", null, null));
        app.graph.relationships().move(pam, alumni.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());
        app.graph.relationships().move(ada, alumni.id(), Move.KEEP_IN_TOUCH, MoveRequest.none());

        // Zoë asked Ada, who declined.
        Relationship declined = app.graph.relationships().propose(zoe, new Proposal(ada, zoe, "INFORMAL", null, null));
        app.graph.relationships().move(ada, declined.id(), Move.DECLINE, new MoveRequest("No capacity until spring — try Mara!", null, null));
        seedProfiles(app);
        seedCohort(app);
    }

    /**
     * Pam's running cohort, so the program pages and the dashboard show a believable funnel: four mentors with nine
     * places, fifteen mentees enrolled (twelve approved, three waiting for approval), a published matching run of nine
     * pairs of which six mentors accepted (live mentorships, each with an agreement that three have accepted, four with
     * sessions and a goal) and three have not answered yet, and three mentees left unmatched for the next run. Only where the directory has the cohort's
     * people ({@link DemoUsers#withCohort()}, the README's demo); a host with only the core people gets the rest.
     */
    private static void seedCohort(StandaloneApp app) {
        List<org.mentoring.host.Person> people = new java.util.ArrayList<>(DemoUsers.COHORT_MENTORS);
        people.addAll(DemoUsers.COHORT_MENTEES);
        if (!people.stream().allMatch(p -> app.users.find(p.key()).filter(org.mentoring.host.Person::active).isPresent())) {
            return;
        }
        String ada = DemoUsers.ADA.key();
        String pam = DemoUsers.PAM.key();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(app.clock.instant(), java.time.ZoneOffset.UTC);
        var programs = app.graph.programs();
        long id = programs.create(ada, new org.mentoring.program.ProgramInput("Engineering onboarding, spring cohort",
                "Six months in which every engineer who joined this year is paired with an experienced colleague.",
                "Feel at home in the codebase and the team within 90 days; ship a first feature end to end; know whom to ask.",
                "COHORT", today.minusDays(30).toString(), today.plusDays(150).toString(), today.minusDays(60).toString(),
                today.plusDays(14).toString(), "MANAGER", "EVERY_TWO_WEEKS", 45, 3, false, null, null)).id();
        programs.appoint(ada, id, pam);
        programs.move(pam, id, org.mentoring.program.ProgramMove.OPEN, programs.get(pam, id).version(), null);
        var enrolments = app.graph.enrolments();
        int[] places = {3, 2, 2, 2};
        for (int i = 0; i < DemoUsers.COHORT_MENTORS.size(); i++) {
            String mentor = DemoUsers.COHORT_MENTORS.get(i).key();
            enrolments.enrol(mentor, id, true, false, places[i]);
            enrolments.decide(pam, id, mentor, true);
        }
        for (org.mentoring.host.Person mentee : DemoUsers.COHORT_MENTEES) {
            enrolments.enrol(mentee.key(), id, false, true, null);
        }
        // The last three to enrol wait for Pam's approval.
        for (org.mentoring.host.Person mentee : DemoUsers.COHORT_MENTEES.subList(0, DemoUsers.COHORT_MENTEES.size() - 3)) {
            enrolments.decide(pam, id, mentee.key(), true);
        }
        programs.move(pam, id, org.mentoring.program.ProgramMove.START, programs.get(pam, id).version(), null);
        var matching = app.graph.matching();
        var run = matching.run(pam, id);
        matching.publish(pam, id, run.seq());

        // Six of the nine pairs accepted (both members); the first four pairs agreed how they work, met and set goals.
        int accepted = 0;
        for (var pair : matching.pairs(pam, id, org.mentoring.paging.PageRequest.first(50)).values()) {
            if (pair.relationshipId() == null || accepted == 6) {
                continue;
            }
            // A published pair goes live once both members accept it.
            app.graph.relationships().move(pair.mentorKey(), pair.relationshipId(), Move.ACCEPT, MoveRequest.none());
            Relationship r = app.graph.relationships().move(pair.menteeKey(), pair.relationshipId(), Move.ACCEPT, MoveRequest.none());
            startPair(app, r, today, accepted);
            accepted++;
        }
    }

    /** A cohort pair's first weeks ({@code n}: the pair's place in the run): the agreement, then for the first four meetings and a goal under way (and feedback for the first three). */
    private static void startPair(StandaloneApp app, Relationship r, java.time.LocalDate today, int n) {
        String mentor = r.mentorKey();
        String mentee = r.menteeKey();
        app.graph.agreements().update(mentor, r.id(), new AgreementInput(
                "Find my way around the codebase and the team; ship a first feature end to end.",
                "EVERY_TWO_WEEKS", null, "In person, 45 minutes", "What we discuss stays between us.",
                today.minusDays(20).toString(), today.plusDays(150).toString()), null);
        if (n < 3) {
            app.graph.agreements().accept(mentee, r.id(), null);
        }
        if (n >= 4) {
            return;
        }
        app.graph.sessions().create(mentor, r.id(), new SessionInput(today.minusDays(16 + n).toString(), 45, "Getting started",
                "Walked through the architecture and the release process; picked a first feature.", null), null, List.of());
        if (n < 2) {
            app.graph.sessions().create(mentee, r.id(), new SessionInput(today.minusDays(3 + n).toString(), 40, "First feature",
                    "Reviewed the first pull request together; agreed on tests before the next step.",
                    today.plusDays(11).toString()), null, List.of());
        }
        Goal goal = app.graph.goals().create(mentee, r.id(), new GoalInput("Ship a first feature end to end",
                "From the ticket to production, with tests and a short write-up.", "Released and announced in the team channel.",
                "onboarding", today.plusDays(60).toString(), mentee));
        app.graph.goals().transition(mentor, goal.id(), AGREE, Map.of(), null);
        app.graph.goals().transition(mentee, goal.id(), START, Map.of(), null);
        if (n < 3) {
            Feedback given = app.graph.feedback().give(mentor, r.id(), new FeedbackInput("STRENGTH",
                    "Your first pull request was small and well tested: exactly how to start.", null, null, List.of(), null), null);
            app.graph.feedback().acknowledge(mentee, given.id());
        }
    }

    /**
     * The skills catalogue and everyone's mentoring profile: Mara, Pam and Ada mentor in different skills (Mara's limit
     * of one mentee is taken by Tomáš, so the directory shows her as full); Tomáš and Zoë want to grow.
     */
    private static void seedProfiles(StandaloneApp app) {
        String ada = DemoUsers.ADA.key();
        var skills = app.graph.skills();
        skills.create(ada, new SkillInput("Kotlin", "Programming languages", List.of("kt", "Kotlin/JVM")));
        skills.create(ada, new SkillInput("Java", "Programming languages", List.of("JVM")));
        skills.create(ada, new SkillInput("API design", "Architecture", List.of("REST design", "API")));
        skills.create(ada, new SkillInput("Leadership", "People", List.of("People leadership", "Team lead")));
        skills.create(ada, new SkillInput("Public speaking", "Communication", List.of("Presenting", "Conference talks")));
        skills.create(ada, new SkillInput("Delegation", "People", List.of()));
        var profiles = app.graph.profiles();
        profiles.save(DemoUsers.MARA.key(), DemoUsers.MARA.key(), new ProfileInput(true, false,
                List.of(level("Kotlin", 5), level("API design", 4), level("Leadership", 3)), List.of(level("Public speaking", 2)),
                List.of("en", "cs"), "Europe/Prague", 6, 1, "Staff engineer; fifteen years of JVM back ends, five leading teams.",
                true, null));
        profiles.save(DemoUsers.PAM.key(), DemoUsers.PAM.key(), new ProfileInput(true, false,
                List.of(level("Public speaking", 5), level("Leadership", 4), level("Delegation", 4)), List.of(),
                List.of("en", "de"), "Europe/Berlin", 4, 2, "Program manager who has given forty conference talks.", false, null));
        profiles.save(ada, ada, new ProfileInput(true, false, List.of(level("API design", 5), level("Java", 4)),
                List.of(level("Kotlin", 2)), List.of("en"), "America/New_York", 2, 1, "Platform architect, happy to review designs.",
                true, null));
        profiles.save(DemoUsers.TOMAS.key(), DemoUsers.TOMAS.key(), new ProfileInput(false, true, List.of(),
                List.of(level("Leadership", 2), level("Delegation", 1)), List.of("cs", "en"), "Europe/Prague", null, null,
                "Back-end developer growing into a tech lead.", false, null));
        profiles.save(DemoUsers.ZOE.key(), DemoUsers.ZOE.key(), new ProfileInput(false, true, List.of(level("Java", 3)),
                List.of(level("Public speaking", 1)), List.of("sv", "en"), "Europe/Stockholm", null, null,
                "Preparing my first conference talk.", false, true));
    }

    private static ProfileInput.SkillLevelInput level(String skill, int level) {
        return new ProfileInput.SkillLevelInput(skill, level);
    }

    /** Tomáš's goals: one agreed and under way (checked in, a milestone done), one still a draft; and one of Mara's own. */
    private static void seedGoals(StandaloneApp app, Relationship active) {
        String mara = DemoUsers.MARA.key();
        String tomas = DemoUsers.TOMAS.key();
        java.time.LocalDate today = java.time.LocalDate.now(app.clock.withZone(java.time.ZoneOffset.UTC));
        Goal reviews = app.graph.goals().create(tomas, active.id(), new GoalInput("Lead the monthly design review",
                "Run the review end to end: agenda, facilitation, decisions written down.",
                "Three reviews led in a row, each ending with written decisions the team agrees with.",
                "leadership, facilitation", today.plusMonths(3).toString(), tomas));
        reviews = app.graph.goals().transition(mara, reviews.id(), AGREE, Map.of(), null);
        reviews = app.graph.goals().transition(tomas, reviews.id(), START, Map.of(), null);
        Milestone agenda = app.graph.goals().addMilestone(tomas, reviews.id(), "Agenda template shared with the team");
        app.graph.goals().setMilestoneDone(tomas, reviews.id(), agenda.id(), true);
        app.graph.goals().addMilestone(tomas, reviews.id(), "First review led on my own");
        app.graph.goals().checkIn(tomas, reviews.id(), 35, null, "Led the first half of Tuesday's review; Mara took over for the decisions.", "PAIR");
        app.graph.goals().create(tomas, active.id(), new GoalInput("Delegate the release checklist",
                "Hand the checklist to someone on the team and coach them through two releases.", null, "delegation", null, tomas));
        // Mutual learning: Mara's goal, which Tomáš signs off.
        app.graph.goals().create(mara, active.id(), new GoalInput("Learn how the team uses the new tracing tools",
                "Tomáš shows me; I write a one-page guide for other tech leads.", null, "observability", null, mara));
    }

    /** Three meetings of Mara and Tomáš, the latest with Mara's private note and the next meeting planned. */
    private static void seedSessions(StandaloneApp app, Relationship active) {
        String mara = DemoUsers.MARA.key();
        String tomas = DemoUsers.TOMAS.key();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(app.clock.instant(), java.time.ZoneOffset.UTC);
        app.graph.sessions().create(mara, active.id(), new SessionInput(today.minusDays(28).toString(), 45, "Tech-lead role, design reviews",
                "What a tech lead does differently from a senior engineer. Tomáš wants to run design reviews himself.", null), null,
                List.of(new ActionItemInput("Share my design review checklist", mara, today.minusDays(21).toString(), null),
                        new ActionItemInput("Lead the payments design review", tomas, today.plusDays(14).toString(), null)));
        Session second = app.graph.sessions().create(tomas, active.id(), new SessionInput(today.minusDays(14).toString(), 50, "Delegation",
                "Tomáš still takes the hard tickets himself. We listed three tasks he can hand over this sprint.", null), null,
                List.of(new ActionItemInput("Hand over the release checklist to Ana", tomas, today.minusDays(7).toString(), null)));
        app.graph.sessions().editItem(tomas, second.id(), second.actionItems().get(0).id(), new ActionItemInput(null, null, null, true), null);
        app.graph.sessions().create(mara, active.id(), new SessionInput(today.minusDays(2).toString(), 40, "Feedback, saying no",
                "The review went well; next time give the quieter people the floor first. Practising saying no to side requests.",
                today.plusDays(12).toString()),
                "Tomáš seems tired: ask about his workload next time, gently.",
                List.of(new ActionItemInput("Decline one side request, kindly", tomas, today.plusDays(7).toString(), null)));
    }
}
