package com.atlassian.confluence.mail.template;

/** Signature-only stub. */
public class ConfluenceMailQueueItem implements com.atlassian.mail.queue.MailQueueItem {
    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void send() throws com.atlassian.mail.MailException {
        throw new UnsupportedOperationException("stub");
    }
}
