package com.atlassian.confluence.event.events.user;

/** Signature-only stub: published by Confluence when a user is deactivated (carries the user name only). */
public class UserDeactivateEvent extends UserEvent {
    public UserDeactivateEvent(Object source, com.atlassian.user.User user) {
        super(source, user);
    }
}
