package org.mentoring.host.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.mentoring.host.Mail;

/**
 * The mail port in Jira and Confluence: the person's address from SAL, the message onto the product's own mail queue
 * (whichever product component exists). People without an address get nothing. Without a queue it refuses, so the
 * outbox keeps the mail.
 */
public final class ProductMail implements Mail {
    /** One product's mail queue. */
    public interface Queue {
        /** {@code headers}: extra mail headers (the one-click unsubscribe), possibly none. */
        void queue(String address, String subject, String text, String html, java.util.Map<String, String> headers);
    }

    private final UserManager users;
    private final Optional<Queue> queue;

    public ProductMail(UserManager salUserManager, Optional<Queue> queue) {
        this.users = salUserManager;
        this.queue = queue;
    }

    @Override
    public void send(Message message) {
        Queue target = queue.orElseThrow(() -> new IllegalStateException("This host has no mail queue the app knows"));
        UserProfile profile = users.getUserProfile(new UserKey(message.recipientKey()));
        if (profile == null || profile.getEmail() == null || profile.getEmail().isBlank()) {
            return;
        }
        target.queue(profile.getEmail(), message.subject(), message.text(), message.html(), message.headers());
    }
}
