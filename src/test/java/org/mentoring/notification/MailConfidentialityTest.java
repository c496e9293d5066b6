package org.mentoring.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.feedback.Feedback;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalHosting;
import org.mentoring.goal.GoalInput;
import org.mentoring.host.Notifications;
import org.mentoring.host.standalone.SmtpMail;
import org.mentoring.i18n.Messages;
import org.mentoring.relationship.AgreementInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.session.SessionInput;
import org.mentoring.testing.MentoringFixture;

/**
 * Every kind of mail, with markup in every field a mail may mention (people's names, goal titles): nothing confidential
 * (notes, feedback, replies, reasons, reflections, private session notes) leaves, and no markup arrives unescaped.
 */
public class MailConfidentialityTest {
    static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";
    private final List<String> secrets = List.of("SECRET-proposal-note", "SECRET-agreement-objective", "SECRET-pause-reason",
            "SECRET-feedback", "SECRET-reply", "SECRET-shared-session", "SECRET-private-session", "SECRET-reflection",
            "SECRET-goal-description", "SECRET-criteria", "SECRET-introduction-purpose", "SECRET-introduction-note",
            "SECRET-introduction-wish");
    private GreenMail smtp;
    private MentoringFixture f;

    @Before
    public void setUp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        f = new MentoringFixture(GoalHosting.OWN_TABLES, name -> name + " " + MARKUP);
        f.mail.use(new SmtpMail(new SmtpMail.Config("127.0.0.1", smtp.getSmtp().getPort(), false, null, null, "mentoring@mentoring.test"),
                key -> f.users.find(key).map(p -> p.name() + "@example.org")));
        Map<String, Map<String, String>> allAtOnce = new HashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            allAtOnce.put(kind.name(), Map.of("email", "IMMEDIATE"));
        }
        f.graph.deliveryPreferences().update(MENTOR, allAtOnce);
        f.graph.deliveryPreferences().update(MENTEE, allAtOnce);
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void everyMailFromRealChangesKeepsSecretsAndEscapesMarkup() throws Exception {
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "SECRET-proposal-note"));
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        f.agreements.update(MENTOR, r.id(), new AgreementInput("SECRET-agreement-objective", "MONTHLY", null, null, null, null, null), null);
        f.agreements.accept(MENTEE, r.id(), null);
        Goal g = f.goals.create(MENTEE, r.id(), new GoalInput("Title " + MARKUP, "SECRET-goal-description", "SECRET-criteria", null, "2027-03-01", null));
        f.goals.transition(MENTOR, g.id(), 11, Map.of(), null);
        Feedback given = f.feedback.give(MENTEE, r.id(), new FeedbackInput("GROWTH", "SECRET-feedback", null, null, List.of(), null), null);
        f.feedback.acknowledge(MENTOR, given.id());
        f.feedback.reply(MENTOR, given.id(), "SECRET-reply");
        f.feedback.openRound(MENTOR, r.id(), 7);
        f.sessions.create(MENTOR, r.id(), new SessionInput("2026-11-01", 45, "Topics", "SECRET-shared-session", null), "SECRET-private-session", List.of());
        org.mentoring.network.Introduction asked = f.graph.introductions().ask(MENTEE, r.id(),
                new org.mentoring.network.IntroductionInput(null, "SECRET-introduction-wish", "SECRET-introduction-purpose"));
        f.graph.introductions().move(MENTOR, asked.id(), org.mentoring.network.IntroductionMove.INTRODUCE, MentoringFixture.MENTEE2,
                "SECRET-introduction-note", null);
        f.graph.introductions().move(MentoringFixture.MENTEE2, asked.id(), org.mentoring.network.IntroductionMove.ACCEPT, null, null, null);
        f.relationships.move(MENTEE, r.id(), Move.PAUSE, new MoveRequest("SECRET-pause-reason", "PAIR", null));
        f.relationships.move(MENTEE, r.id(), Move.RESUME, MoveRequest.none());
        f.relationships.move(MENTOR, r.id(), Move.COMPLETE, MoveRequest.none());
        f.relationships.reflect(MENTEE, r.id(), "SECRET-reflection", "PAIR", null);
        f.graph.jobs().stream().filter(j -> j.id().equals(MailDeliveryJob.ID)).findFirst().orElseThrow().run();

        MimeMessage[] got = smtp.getReceivedMessages();
        Set<String> kinds = new HashSet<>();
        for (MimeMessage m : got) {
            check(m);
            Matcher kind = Pattern.compile("kind=([A-Z]+)").matcher(MailDeliveryTest.part(m, "text/plain"));
            while (kind.find()) {
                kinds.add(kind.group(1));
            }
        }
        assertEquals("a mail of every kind was sent", Set.of("PROPOSAL", "RELATIONSHIP", "AGREEMENT", "GOAL", "FEEDBACK", "SESSION",
                "INTRODUCTION"), kinds);
        assertTrue("at least one mail per change: " + got.length, got.length >= 12);
    }

    @Test
    public void everyNotificationKeyMailsEscapedWithMarkupInItsArguments() throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        List<String> keys = Collections.list(bundle.getKeys()).stream().filter(k -> k.matches("mentoring\\.(relationship|goal|feedback|session|introduction|reminder|program)\\.notify\\..*")).sorted().toList();
        for (String key : keys) {
            f.transactions.execute(() -> {
                f.graph.notifications().send(new Notifications.Notification(MENTOR, MENTEE, Notifications.ActorRole.MENTEE, key,
                        List.of("Title " + MARKUP, "2026-12-01"), "/plugins/servlet/mentoring/relationship?id=1"));
                return null;
            });
        }
        f.graph.jobs().stream().filter(j -> j.id().equals(MailDeliveryJob.ID)).findFirst().orElseThrow().run();
        MimeMessage[] got = smtp.getReceivedMessages();
        assertEquals(keys.size(), got.length);
        for (MimeMessage m : got) {
            check(m);
        }
    }

    @Test
    public void everyReminderAndProgramMailKeepsSecretsAndEscapesMarkup() throws Exception {
        long program = f.graph.programs().create(MentoringFixture.ADMIN, new org.mentoring.program.ProgramInput("Cohort " + MARKUP,
                "SECRET-program-description", "SECRET-program-objectives", "COHORT", "2026-11-01", "2026-11-15", "2026-11-01", "2026-11-06",
                null, null, null, null, true, null, null)).id();
        f.graph.programs().appoint(MentoringFixture.ADMIN, program, MENTOR);
        f.graph.programs().move(MentoringFixture.ADMIN, program, org.mentoring.program.ProgramMove.OPEN, null, null);
        f.graph.enrolments().enrol(MENTOR, program, true, false, null);
        f.graph.enrolments().enrol(MENTEE, program, false, true, null);
        Map<String, Map<String, String>> allAtOnce = new HashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            allAtOnce.put(kind.name(), Map.of("email", "IMMEDIATE"));
        }
        f.graph.deliveryPreferences().update(MentoringFixture.MENTEE2, allAtOnce);
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, "SECRET-proposal-note"));
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        f.relationships.propose(MentoringFixture.MENTEE2, new Proposal(MENTOR, MentoringFixture.MENTEE2, "INFORMAL", null, "SECRET-proposal-note"));
        f.agreements.update(MENTOR, r.id(), new AgreementInput("SECRET-agreement-objective", "WEEKLY", null, null, null, null, null), null);
        Goal g = f.goals.create(MENTEE, r.id(), new GoalInput("Title " + MARKUP, "SECRET-goal-description", "SECRET-criteria", null,
                "2026-11-06", null));
        f.feedback.openRound(MENTOR, r.id(), 4);
        int before = sent(f.graph.jobs().stream().filter(j -> j.id().equals(MailDeliveryJob.ID)).findFirst().orElseThrow().run());
        assertTrue(smtp.waitForIncomingEmail(20_000, before));
        f.clock.advance(java.time.Duration.ofDays(3));
        f.graph.jobs().stream().filter(j -> j.id().equals(org.mentoring.reminder.ReminderJob.ID)).findFirst().orElseThrow().run();
        f.clock.advance(java.time.Duration.ofDays(6)); // past the goal's date, the meeting's, a week before the program ends
        f.graph.programs().move(MentoringFixture.ADMIN, program, org.mentoring.program.ProgramMove.START, null, null);
        f.graph.jobs().stream().filter(j -> j.id().equals(org.mentoring.reminder.ReminderJob.ID)).findFirst().orElseThrow().run();
        int mailed = sent(f.graph.jobs().stream().filter(j -> j.id().equals(MailDeliveryJob.ID)).findFirst().orElseThrow().run());
        assertTrue(smtp.waitForIncomingEmail(20_000, before + mailed));

        MimeMessage[] got = smtp.getReceivedMessages();
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < got.length; i++) {
            subjects.add(MailDeliveryTest.to(got[i]) + ": " + got[i].getSubject());
        }
        Set<String> reminders = new HashSet<>();
        for (int i = 0; i < got.length; i++) {
            check(got[i]);
            for (String secret : List.of("SECRET-program-description", "SECRET-program-objectives")) {
                assertThat(MailDeliveryTest.part(got[i], "text/plain"), not(containsString(secret)));
                assertThat(MailDeliveryTest.part(got[i], "text/html"), not(containsString(secret)));
            }
            Matcher kind = Pattern.compile("kind=([A-Z]+)").matcher(MailDeliveryTest.part(got[i], "text/plain"));
            while (kind.find()) {
                reminders.add(kind.group(1));
            }
            reminders.add(got[i].getSubject().replaceAll(".*(proposed to be|expires on|waiting for you to accept|was due on|check-in|is due on|"
                    + "blind feedback round|Enrolment in the program|ends on).*", "$1"));
        }
        assertTrue("reminders and program mail went out: " + reminders + " " + subjects.size(), reminders.containsAll(Set.of("REMINDER", "PROGRAM",
                "proposed to be", "waiting for you to accept", "was due on", "is due on", "blind feedback round",
                "Enrolment in the program", "ends on")));
        assertThat("a program's name is shown, escaped", java.util.Arrays.stream(got).map(m -> {
            try {
                return MailDeliveryTest.part(m, "text/html");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce("", String::concat), containsString("Cohort &lt;img src=x onerror=alert(1)&gt;"));
    }

    private static int sent(String jobSaid) {
        return Integer.parseInt(jobSaid.substring(0, jobSaid.indexOf(' ')));
    }

    private void check(MimeMessage m) throws Exception {
        String html = MailDeliveryTest.part(m, "text/html");
        String text = MailDeliveryTest.part(m, "text/plain");
        for (String secret : secrets) {
            assertThat(m.getSubject(), not(containsString(secret)));
            assertThat(html, not(containsString(secret)));
            assertThat(text, not(containsString(secret)));
        }
        assertThat(html, not(containsString("<img")));
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("\"'&<")));
        assertThat("names are shown, escaped", html, containsString("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
