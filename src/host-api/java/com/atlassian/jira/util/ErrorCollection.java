package com.atlassian.jira.util;

/** Signature-only stub. */
public interface ErrorCollection {
    boolean hasAnyErrors();

    void addErrorMessage(String message);

    java.util.Map<String, String> getErrors();

    java.util.Collection<String> getErrorMessages();

    java.util.Set<Reason> getReasons();

    enum Reason {
        NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, SERVER_ERROR
    }
}
