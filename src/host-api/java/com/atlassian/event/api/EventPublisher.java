package com.atlassian.event.api;

/** Signature-only stub; register/unregister declared here. */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
