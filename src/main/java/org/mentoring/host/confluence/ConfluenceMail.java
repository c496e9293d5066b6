package org.mentoring.host.confluence;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.io.Serializable;
import org.mentoring.host.sal.ProductMail;

/** Confluence's mail queue (the task queue named "mail"): Confluence sends it through its SMTP server. A Confluence-only component. */
public final class ConfluenceMail implements ProductMail.Queue {
    static final String MAIL_QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;

    public ConfluenceMail(MultiQueueTaskManager taskManager) {
        this.taskManager = taskManager;
    }

    @Override
    public void queue(String address, String subject, String text, String html) {
        taskManager.addTask(MAIL_QUEUE, new Send(new ConfluenceMailQueueItem(address, subject, html, "text/html")));
    }

    /** Confluence keeps queued tasks serializable, as its own mail code does. */
    private record Send(ConfluenceMailQueueItem item) implements Task, Serializable {
        @Override
        public void execute() throws Exception {
            item.send();
        }
    }
}
