package com.atlassian.mail.queue;

/** Signature-only stub: Jira's mail queue (the subset the app calls). */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
