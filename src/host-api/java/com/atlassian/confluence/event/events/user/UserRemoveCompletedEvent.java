package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/** Signature-only stub: published once Confluence has removed a user (asynchronous preferred). */
public class UserRemoveCompletedEvent extends UserEvent {
    public UserRemoveCompletedEvent(Object src, User user) {
        super(src, user);
    }
}
