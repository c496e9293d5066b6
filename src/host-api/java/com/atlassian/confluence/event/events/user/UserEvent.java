package com.atlassian.confluence.event.events.user;

/** Signature-only stub. */
public abstract class UserEvent {
    public com.atlassian.user.User getUser() {
        throw new UnsupportedOperationException("stub");
    }
}
