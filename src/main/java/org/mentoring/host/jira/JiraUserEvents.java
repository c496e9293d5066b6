package org.mentoring.host.jira;

import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.crowd.model.user.User;
import com.atlassian.event.api.EventListener;
import org.mentoring.host.sal.ProductEventListeners;
import org.mentoring.host.sal.SalUserDirectory;
import org.mentoring.people.Departures;

/**
 * Jira's user events for the app (a Jira-only component, registered by {@link ProductEventListeners}): Jira's user
 * management edits users through its embedded Crowd, which publishes {@link UserEditedEvent} with the user before and
 * after; a change of the active flag is a departure or a return. Other edits are ignored without touching anything.
 */
public final class JiraUserEvents implements ProductEventListeners.UserActivity {
    private final SalUserDirectory users;
    private final Departures departures;

    public JiraUserEvents(SalUserDirectory userDirectory, Departures departures) {
        this.users = userDirectory;
        this.departures = departures;
    }

    @EventListener
    public void onUserEdited(UserEditedEvent event) {
        User before = event.getOriginalUser();
        User after = event.getUser();
        if (before == null || after == null || before.isActive() == after.isActive()) {
            return;
        }
        ProductEventListeners.activeChanged(users, departures, after.getName(), after.isActive());
    }
}
