package org.mentoring.host.jira;

import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.util.Map;
import org.mentoring.host.sal.ProductMail;

/** Jira's mail queue: Jira sends it through its configured SMTP server, with its own retries. A Jira-only component. */
public final class JiraMail implements ProductMail.Queue {
    private final MailQueue mailQueue;

    public JiraMail(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    /** Plain text and HTML as multipart/alternative, with the one-click unsubscribe headers (see HostEmail). */
    @Override
    public void queue(String address, String subject, String text, String html, Map<String, String> headers) {
        mailQueue.addItem(new SingleMailQueueItem(org.mentoring.host.sal.HostEmail.of(address, subject, text, html, headers)));
    }
}
