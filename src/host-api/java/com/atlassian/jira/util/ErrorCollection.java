package com.atlassian.jira.util;

/** Signature-only stub [V usage: getErrorMessages(), hasAnyErrors(), Reason.VALIDATION_FAILED]. */
public interface ErrorCollection {
    boolean hasAnyErrors(); // [V]

    java.util.Map<String, String> getErrors(); // [I] field id to message

    java.util.Collection<String> getErrorMessages(); // [V]

    java.util.Set<Reason> getReasons(); // [I]

    enum Reason { // [V] VALIDATION_FAILED, FORBIDDEN usage; the others [I]
        NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, SERVER_ERROR
    }
}
