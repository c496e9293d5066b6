package org.mentoring.host.confluence;

import com.atlassian.confluence.event.events.user.UserRemoveCompletedEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.user.User;
import org.mentoring.privacy.Erasure;

/**
 * Confluence's user removal (deleting a user, the personal-data removal that follows it): the app erases the person
 * the same way Jira's anonymisation does, and re-keys what stays to an anonymous former user. Registered with
 * Confluence's event publisher by {@code org.mentoring.host.sal.ProductEventListeners}.
 */
public final class UserRemovalListener {
    private final Erasure erasure;

    public UserRemovalListener(Erasure erasure) {
        this.erasure = erasure;
    }

    @EventListener
    public void onUserRemoved(UserRemoveCompletedEvent event) {
        User user = event.getUser();
        if (user instanceof ConfluenceUser person && person.getKey() != null) {
            erasure.anonymise(null, person.getKey().getStringValue());
        }
    }
}
