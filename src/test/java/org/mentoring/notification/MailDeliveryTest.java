package org.mentoring.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.feedback.FeedbackInput;
import org.mentoring.host.ScheduledJob;
import org.mentoring.host.standalone.SmtpMail;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.MentoringFixture;

/** Mail reaches a real SMTP server (GreenMail on a free port) as each person chose: at once, in the daily digest, or not. */
public class MailDeliveryTest {
    static final String SECRET = "SECRET-feedback-text";
    private GreenMail smtp;
    private MentoringFixture f;

    @Before
    public void setUp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        f = new MentoringFixture();
        f.mail.use(new SmtpMail(new SmtpMail.Config("127.0.0.1", smtp.getSmtp().getPort(), false, null, null, "mentoring@mentoring.test"),
                key -> f.users.find(key).filter(p -> p.active()).map(p -> p.name() + "@example.org")));
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    private ScheduledJob job() {
        return f.graph.jobs().stream().filter(j -> j.id().equals(MailDeliveryJob.ID)).findFirst().orElseThrow();
    }

    private Relationship active(String mentee) {
        Relationship r = f.relationships.propose(mentee, new Proposal(MENTOR, mentee, "INFORMAL", null, "my private reason"));
        return f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
    }

    static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) m.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    static String to(MimeMessage m) throws Exception {
        return m.getAllRecipients()[0].toString();
    }

    @Test
    public void anImmediateMailNamesTheMentorshipLinksAbsolutelyAndCarriesNoFeedbackText() throws Exception {
        f.graph.deliveryPreferences().update(MENTOR, Map.of("FEEDBACK", Map.of("email", "IMMEDIATE")));
        Relationship r = active(MENTEE);
        f.feedback.give(MENTEE, r.id(), new FeedbackInput("GROWTH", SECRET, null, null, List.of(), null), null);
        assertThat(job().run(), containsString("1 mails sent"));

        MimeMessage[] got = smtp.getReceivedMessages();
        assertEquals("only the feedback was immediate: the rest waits for the digest", 1, got.length);
        MimeMessage m = got[0];
        assertEquals("mara@example.org", to(m));
        assertEquals("[Mentoring] Your mentorship with Tomáš Mentee: Tomáš Mentee, your mentee, left you feedback in your mentorship.",
                m.getSubject());
        assertTrue(m.isMimeType("multipart/alternative"));
        String text = part(m, "text/plain");
        String html = part(m, "text/html");
        for (String body : List.of(text, html)) {
            assertThat(body, containsString("http://mentoring.test/plugins/servlet/mentoring/relationship?id=" + r.id() + "#feedback-"));
            String amp = body == html ? "&amp;" : "&";
            assertThat(body, containsString("http://mentoring.test/rest/mentoring/1.0/unsubscribe?user=u-mara" + amp + "kind=FEEDBACK" + amp + "sig="));
            assertThat(body, containsString("http://mentoring.test/plugins/servlet/mentoring/preferences"));
            assertThat(body, not(containsString(SECRET)));
            assertThat(body, not(containsString("private reason")));
        }
        String oneClick = m.getHeader("List-Unsubscribe")[0];
        assertTrue("RFC 8058: " + oneClick, oneClick.matches("<http://mentoring\\.test/rest/mentoring/1\\.0/unsubscribe\\?user=u-mara&kind=FEEDBACK&sig=[A-Za-z0-9_-]+>"));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue("delivered mail leaves the outbox", job().run().startsWith("0 mails sent"));
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    public void theDigestWaitsForItsHourAndGroupsEachPersonsNewsInOneMail() throws Exception {
        Relationship withTomas = active(MENTEE);
        Relationship withZoe = active(MENTEE2);
        f.relationships.move(MENTEE, withTomas.id(), Move.PAUSE, MoveRequest.none());
        f.relationships.move(MENTEE2, withZoe.id(), Move.PAUSE, MoveRequest.none());
        job().run();
        assertEquals("09:00 is after today's 07:00 digest: nothing before tomorrow's", 0, smtp.getReceivedMessages().length);

        f.clock.advance(Duration.ofHours(22));
        job().run();
        MimeMessage[] got = smtp.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : got) {
            recipients.add(to(m));
        }
        assertEquals("one digest each: Mara (two pauses), Tomáš and Zoë (an acceptance each)",
                List.of("mara@example.org", "tomas@example.org", "zoe@example.org"), recipients.stream().sorted().toList());
        MimeMessage mara = got[recipients.indexOf("mara@example.org")];
        assertEquals("[Mentoring] Today in your mentorships with Tomáš Mentee, Zoë Mentee", mara.getSubject());
        String text = part(mara, "text/plain");
        assertThat(text, containsString("Tomáš Mentee, your mentee, paused your mentorship."));
        assertThat(text, containsString("Zoë Mentee, your mentee, paused your mentorship."));
        assertThat("the answered proposals were withdrawn before the digest", text, not(containsString("proposed")));
        assertThat(text, containsString("kind=RELATIONSHIP"));

        assertThat("a digest of one kind: its one-click header stops that kind", mara.getHeader("List-Unsubscribe")[0],
                containsString("kind=RELATIONSHIP&sig="));
        job().run();
        assertEquals("each digest goes once", 3, smtp.getReceivedMessages().length);
    }

    @Test
    public void offMeansNoMailAndARolledBackChangeOrADeactivatedPersonGetsNone() throws Exception {
        f.graph.deliveryPreferences().update(MENTEE, Map.of("PROPOSAL", Map.of("email", "OFF", "inApp", "OFF")));
        Relationship r = f.relationships.propose(MENTOR, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        assertEquals("off in the app too", 0, f.store.count(NotificationEntity.class, Query.select()));
        assertEquals(0, f.store.count(MailOutboxEntity.class, Query.select()));
        try {
            f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        } catch (RuntimeException refused) {
            // the proposer cannot accept their own proposal: nothing was written, so nothing waits to be mailed
        }
        assertEquals(0, f.store.count(MailOutboxEntity.class, Query.select()));

        f.graph.deliveryPreferences().update(MentoringFixture.INACTIVE, Map.of("PROPOSAL", Map.of("email", "IMMEDIATE")));
        f.graph.notifications().send(new org.mentoring.host.Notifications.Notification(MentoringFixture.INACTIVE, MENTOR,
                org.mentoring.host.Notifications.ActorRole.MENTOR, "mentoring.relationship.notify.PROPOSE", List.of(), "/x"));
        assertEquals(1, f.store.count(MailOutboxEntity.class, Query.select()));
        job().run();
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals("dropped, not retried forever", 0, f.store.count(MailOutboxEntity.class, Query.select()));
    }

    @Test
    public void eachPersonGetsMailInTheirOwnLanguage() throws Exception {
        f.locales.put(MENTOR, java.util.Locale.GERMAN);
        f.graph.deliveryPreferences().update(MENTOR, Map.of("PROPOSAL", Map.of("email", "IMMEDIATE")));
        f.graph.deliveryPreferences().update(MENTEE, Map.of("PROPOSAL", Map.of("email", "IMMEDIATE")));
        Relationship r = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        job().run();
        f.relationships.move(MENTOR, r.id(), Move.ACCEPT, MoveRequest.none());
        job().run();
        MimeMessage[] got = smtp.getReceivedMessages();
        assertEquals(2, got.length);
        MimeMessage toMara = to(got[0]).startsWith("mara") ? got[0] : got[1];
        MimeMessage toTomas = toMara == got[0] ? got[1] : got[0];
        assertEquals("[Mentoring] Deine Mentoring-Beziehung mit Tomáš Mentee: Tomáš Mentee möchte dein Mentee werden. Nimm den Vorschlag an oder lehne ihn ab.",
                toMara.getSubject());
        assertThat(part(toMara, "text/plain"), containsString("Wähle, welche Benachrichtigungen du bekommst"));
        assertThat("English for whoever has no language of their own", toTomas.getSubject(), containsString("accepted your mentorship proposal"));
        assertThat(part(toTomas, "text/plain"), containsString("Choose which notifications you get"));
    }

    @Test
    public void aMailTheServerRefusesStaysForTheNextRun() throws Exception {
        f.graph.deliveryPreferences().update(MENTOR, Map.of("PROPOSAL", Map.of("email", "IMMEDIATE")));
        f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        smtp.stop();
        assertThat(job().run(), containsString("1 people to retry"));
        assertEquals(1, f.store.count(MailOutboxEntity.class, Query.select()));
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        f.mail.use(new SmtpMail(new SmtpMail.Config("127.0.0.1", smtp.getSmtp().getPort(), false, null, null, "mentoring@mentoring.test"),
                key -> Optional.of("mara@example.org")));
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(job().run(), containsString("1 mails sent"));
        assertEquals(1, smtp.getReceivedMessages().length);
    }
}
