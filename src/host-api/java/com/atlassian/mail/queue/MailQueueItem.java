package com.atlassian.mail.queue;

/** Signature-only stub: atlassian-mail's queue item. */
public interface MailQueueItem {
    void send() throws com.atlassian.mail.MailException;
}
