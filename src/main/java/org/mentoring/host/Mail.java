package org.mentoring.host;

/** Sends e-mail through the host's own mail (Jira's and Confluence's mail queues, SMTP in the standalone host). */
public interface Mail {
    /**
     * One multipart message to one person, found by user key; the host knows their address. {@code unsubscribeUrl}
     * (null: none) goes out as RFC 8058 one-click unsubscribe headers where the host's mail can set headers.
     */
    record Message(String recipientKey, String subject, String text, String html, String unsubscribeUrl) {
        /** {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}, or nothing. */
        public java.util.Map<String, String> headers() {
            return unsubscribeUrl == null ? java.util.Map.of()
                    : java.util.Map.of("List-Unsubscribe", "<" + unsubscribeUrl + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    /** Hands the message to the host's mail; throws if it cannot be accepted, so the caller keeps it for the next run. */
    void send(Message message);
}
