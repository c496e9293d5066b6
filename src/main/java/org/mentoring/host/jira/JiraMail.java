package org.mentoring.host.jira;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import org.mentoring.host.sal.ProductMail;

/** Jira's mail queue: Jira sends it through its configured SMTP server, with its own retries. A Jira-only component. */
public final class JiraMail implements ProductMail.Queue {
    private final MailQueue mailQueue;

    public JiraMail(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    /** The HTML part: Jira's Email carries one body (a plain-text alternative would need the mail library's Multipart). */
    @Override
    public void queue(String address, String subject, String text, String html) {
        Email email = new Email(address);
        email.setSubject(subject);
        email.setMimeType("text/html");
        email.setEncoding("UTF-8");
        email.setBody(html);
        mailQueue.addItem(new SingleMailQueueItem(email));
    }
}
