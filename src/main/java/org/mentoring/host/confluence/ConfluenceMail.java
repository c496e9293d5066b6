package org.mentoring.host.confluence;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.host.sal.HostEmail;
import org.mentoring.host.sal.ProductMail;

/**
 * Confluence's mail queue (the task queue named "mail"): Confluence sends it through its SMTP server. Confluence's
 * own ConfluenceMailQueueItem carries one body and no headers, so the task sends atlassian-mail's Email (text and
 * HTML as multipart/alternative, the one-click unsubscribe headers) through atlassian-mail's SingleMailQueueItem, which
 * uses the same default SMTP server and honours "sending disabled" as ConfluenceMailQueueItem does. A Confluence-only
 * component.
 */
public final class ConfluenceMail implements ProductMail.Queue {
    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;

    public ConfluenceMail(MultiQueueTaskManager taskManager) {
        this.taskManager = taskManager;
    }

    @Override
    public void queue(String address, String subject, String text, String html, Map<String, String> headers) {
        taskManager.addTask(MAIL_QUEUE, new Send(address, subject, text, html, new HashMap<>(headers)));
    }

    /** Confluence keeps queued tasks serializable: the task holds strings and builds the mail when it runs. */
    private record Send(String address, String subject, String text, String html, HashMap<String, String> headers)
            implements Task, Serializable {
        @Override
        public void execute() throws Exception {
            new SingleMailQueueItem(HostEmail.of(address, subject, text, html, headers)).send();
        }
    }
}
