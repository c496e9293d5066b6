package org.mentoring.host.sal;

import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.mentoring.host.confluence.UserRemovalListener;

/**
 * Registers the product's own event listeners while the plugin runs: Confluence's user removal where Confluence's
 * parts exist (component-confluence); nothing in Jira, whose anonymisation calls the app's handler modules instead.
 */
public final class ProductEventListeners {
    private final EventPublisher events;
    private final Optional<UserRemovalListener> userRemoval;

    public ProductEventListeners(EventPublisher events, Optional<UserRemovalListener> userRemoval) {
        this.events = events;
        this.userRemoval = userRemoval;
    }

    public void start() {
        userRemoval.ifPresent(events::register);
    }

    public void stop() {
        userRemoval.ifPresent(events::unregister);
    }
}
