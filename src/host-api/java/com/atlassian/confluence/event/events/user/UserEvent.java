package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/** Signature-only stub. */
public abstract class UserEvent {
    protected UserEvent(Object src, User user) {
    }

    public User getUser() {
        throw new UnsupportedOperationException("stub");
    }
}
