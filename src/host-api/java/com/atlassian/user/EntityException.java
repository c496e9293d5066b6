package com.atlassian.user;

/** Signature-only stub. */
public class EntityException extends Exception {
    private static final long serialVersionUID = 1L;
}
