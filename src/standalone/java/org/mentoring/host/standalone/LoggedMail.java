package org.mentoring.host.standalone;

import java.util.logging.Logger;
import org.mentoring.host.Mail;

/** When no SMTP server is configured: each mail is written to the log (recipient and subject, then the text part). */
public final class LoggedMail implements Mail {
    private static final Logger LOG = Logger.getLogger(LoggedMail.class.getName());

    @Override
    public void send(Message message) {
        LOG.info("Mail to " + message.recipientKey() + ": " + message.subject() + "\n" + message.text());
    }
}
