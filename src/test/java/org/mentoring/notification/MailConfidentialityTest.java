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
        List<String> keys = Collections.list(bundle.getKeys()).stream().filter(k -> k.matches("mentoring\\.(relationship|goal|feedback|session|introduction)\\.notify\\..*")).sorted().toList();
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
