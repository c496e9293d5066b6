package com.atlassian.confluence.event.events.user;

/** Signature-only stub: published by Confluence when a user is reactivated. */
public class UserReactivateEvent extends UserEvent {
    public UserReactivateEvent(Object source, com.atlassian.user.User user) {
        super(source, user);
    }
}
