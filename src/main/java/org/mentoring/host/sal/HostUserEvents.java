package org.mentoring.host.sal;

import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.mentoring.host.Person;
import org.mentoring.people.Departures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the product's user listener (Jira's or Confluence's component, whichever exists) with the host's event
 * publisher when the plugin starts, and unregisters it when the plugin stops, as {@code JiraHost} does with Jira's
 * issue listener. The listeners turn the product's events into the app's {@link Departures}.
 */
public final class HostUserEvents {
    private static final Logger LOG = LoggerFactory.getLogger(HostUserEvents.class);

    /** One product's user listener: a component with {@code @EventListener} methods. */
    public interface Listener {
    }

    private final EventPublisher events;
    private final Optional<Listener> listener;

    public HostUserEvents(EventPublisher eventPublisher, Optional<Listener> product) {
        this.events = eventPublisher;
        this.listener = product;
    }

    public void start() {
        listener.ifPresent(events::register);
    }

    public void stop() {
        listener.ifPresent(events::unregister);
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
