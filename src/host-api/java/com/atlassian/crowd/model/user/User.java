package com.atlassian.crowd.model.user;

/** Signature-only stub. */
public interface User extends com.atlassian.crowd.embedded.api.User {
}
