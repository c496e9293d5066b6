package com.atlassian.user;

/** Signature-only stub. */
public interface User extends Entity {
    String getFullName();
}
