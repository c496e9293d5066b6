package org.mentoring.host.sal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.Test;

/**
 * The text + HTML body handed to Jira's and Confluence's mail: built with the mail library that the host's
 * {@code Email.setMultipart} takes (here jakarta.mail, as on Platform 8 presumably), in the order mail programs expect.
 */
public class AlternativeBodyTest {
    /** The shape of atlassian-mail's Email as far as the body goes. */
    public static final class EmailLike {
        private Multipart multipart;

        public EmailLike setMultipart(Multipart multipart) {
            this.multipart = multipart;
            return this;
        }
    }

    /** A host whose Email takes no multipart at all. */
    public static final class OldEmail {
    }

    @Test
    public void textThenHtmlAsMultipartAlternativeInTheHostsMailLibrary() throws Exception {
        EmailLike email = new EmailLike();
        assertTrue(AlternativeBody.attach(email, "Zoë Mentee <b>", "<p>Zoë Mentee &lt;b&gt;</p>"));
        MimeMultipart parts = (MimeMultipart) email.multipart;
        assertTrue(parts.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, parts.getCount());
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setContent(parts);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(out.toByteArray()));
        MimeMultipart back = (MimeMultipart) read.getContent();
        assertTrue(back.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Zoë Mentee <b>", back.getBodyPart(0).getContent());
        assertTrue(back.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Zoë Mentee &lt;b&gt;</p>", back.getBodyPart(1).getContent());
        assertTrue(new String(out.toByteArray(), StandardCharsets.US_ASCII).contains("charset=UTF-8"));
    }

    @Test
    public void withoutMultipartTheCallerFallsBackToOneBody() {
        assertFalse(AlternativeBody.attach(new OldEmail(), "text", "<p>html</p>"));
    }
}
