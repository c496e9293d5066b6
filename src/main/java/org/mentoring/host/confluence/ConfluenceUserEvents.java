package org.mentoring.host.confluence;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserReactivateEvent;
import com.atlassian.event.api.EventListener;
import org.mentoring.host.sal.ProductEventListeners;
import org.mentoring.host.sal.SalUserDirectory;
import org.mentoring.people.Departures;

/**
 * Confluence's user events for the app (a Confluence-only component, registered by {@link ProductEventListeners}):
 * Confluence publishes {@link UserDeactivateEvent} and {@link UserReactivateEvent} when an administrator (or a
 * directory synchronisation) changes a user's active flag. The events carry the user name only.
 */
public final class ConfluenceUserEvents implements ProductEventListeners.UserActivity {
    private final SalUserDirectory users;
    private final Departures departures;

    public ConfluenceUserEvents(SalUserDirectory userDirectory, Departures departures) {
        this.users = userDirectory;
        this.departures = departures;
    }

    @EventListener
    public void onDeactivated(UserDeactivateEvent event) {
        if (event.getUser() != null) {
            ProductEventListeners.activeChanged(users, departures, event.getUser().getName(), false);
        }
    }

    @EventListener
    public void onReactivated(UserReactivateEvent event) {
        if (event.getUser() != null) {
            ProductEventListeners.activeChanged(users, departures, event.getUser().getName(), true);
        }
    }
}
