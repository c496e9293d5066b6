package com.atlassian.crowd.embedded.api;

/** Signature-only stub: the name comes from {@link java.security.Principal}. */
public interface User extends java.security.Principal {
    boolean isActive();
}
