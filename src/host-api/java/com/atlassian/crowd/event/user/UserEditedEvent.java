package com.atlassian.crowd.event.user;

/** Signature-only stub: a user's details changed in a directory (the active flag among them). */
public class UserEditedEvent extends UserUpdatedEvent {
    public com.atlassian.crowd.model.user.User getOriginalUser() {
        throw new UnsupportedOperationException("stub");
    }
}
