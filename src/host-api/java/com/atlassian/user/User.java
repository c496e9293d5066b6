package com.atlassian.user;

/** Signature-only stub. */
public interface User {
    String getName();
}
