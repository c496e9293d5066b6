package org.mentoring.host;

/** Sends e-mail through the host's own mail (Jira's and Confluence's mail queues, SMTP in the standalone host). */
public interface Mail {
    /** One multipart message to one person, found by user key; the host knows their address. */
    record Message(String recipientKey, String subject, String text, String html) {
    }

    /** Hands the message to the host's mail; throws if it cannot be accepted, so the caller keeps it for the next run. */
    void send(Message message);
}
