package com.atlassian.event.api;

/** Signature-only stub [V reference B.5: EventPublisher extends EventListenerRegistrar]; register/unregister declared here. */
public interface EventPublisher {
    void publish(Object event); // [V]

    void register(Object listener); // [V] from EventListenerRegistrar

    void unregister(Object listener); // [V] from EventListenerRegistrar
}
