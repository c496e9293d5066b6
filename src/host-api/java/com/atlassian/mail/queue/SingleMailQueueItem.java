package com.atlassian.mail.queue;

/** Signature-only stub. */
public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(com.atlassian.mail.Email email) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void send() throws com.atlassian.mail.MailException {
        throw new UnsupportedOperationException("stub");
    }
}
