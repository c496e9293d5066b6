package org.mentoring.host.standalone;

import org.mentoring.host.Mail;

/** The standalone host's mail port: SMTP when configured at start (StandaloneMain's mail options), else the log. */
public final class StandaloneMail implements Mail {
    /** Configuration, set once at start: not data. */
    private volatile Mail target = new LoggedMail();

    public void use(Mail mail) {
        this.target = mail;
    }

    @Override
    public void send(Message message) {
        target.send(message);
    }
}
