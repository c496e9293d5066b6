package org.mentoring.host.sal;

import com.atlassian.event.api.EventPublisher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mentoring.host.Person;
import org.mentoring.host.confluence.UserRemovalListener;
import org.mentoring.people.Departures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the product's own event listeners with the host's event publisher when the plugin starts and unregisters
 * them when it stops, as {@code JiraHost} does with Jira's issue listener: the product's user activity listener
 * (Jira's or Confluence's component, whichever exists), which turns deactivation into the app's {@link Departures},
 * and Confluence's user removal (component-confluence). Jira's anonymisation calls the app's handler modules instead.
 */
public final class ProductEventListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ProductEventListeners.class);

    /** One product's user activity listener: a component with {@code @EventListener} methods. */
    public interface UserActivity {
    }

    private final EventPublisher events;
    private final List<Object> listeners;

    public ProductEventListeners(EventPublisher events, Optional<UserActivity> userActivity,
                                 Optional<UserRemovalListener> userRemoval) {
        this.events = events;
        this.listeners = Stream.concat(userActivity.stream(), userRemoval.stream()).map(Object.class::cast).toList();
    }

    public void start() {
        listeners.forEach(events::register);
    }

    public void stop() {
        listeners.forEach(events::unregister);
    }

    /**
     * The user signing in as {@code userName} was deactivated ({@code active} false) or reactivated: the app's
     * departures run under their user key. Failures are logged, never thrown into the host's event dispatch; the
     * departure steps are idempotent, so the same event again (or an administrator toggling the user) finishes the work.
     */
    public static void activeChanged(SalUserDirectory users, Departures departures, String userName, boolean active) {
        Optional<String> key = users.findByName(userName).map(Person::key);
        if (key.isEmpty()) {
            LOG.warn("A user whose active state changed is unknown to SAL; the app left them as they were");
            return;
        }
        try {
            if (active) {
                departures.returned(key.get());
            } else {
                departures.departed(key.get());
            }
        } catch (RuntimeException e) {
            LOG.error("The app could not finish handling user {} becoming {}", key.get(), active ? "active" : "inactive", e);
        }
    }
}
