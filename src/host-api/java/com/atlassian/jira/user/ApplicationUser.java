package com.atlassian.jira.user;

/** Signature-only stub [V usage getKey(), getUsername() (Slack, public plugins)]. */
public interface ApplicationUser {
    String getKey(); // [V]

    String getUsername(); // [V]
}
