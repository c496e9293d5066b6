package com.atlassian.crowd.event.user;

/** Signature-only stub (crowd-events, decompiled from Confluence 9.1.1; Jira embeds the same Crowd). */
public class UserUpdatedEvent {
    public com.atlassian.crowd.model.user.User getUser() {
        throw new UnsupportedOperationException("stub");
    }
}
