package com.atlassian.jira.user;

/** Signature-only stub. */
public interface ApplicationUser {
    String getKey();

    String getUsername();
}
