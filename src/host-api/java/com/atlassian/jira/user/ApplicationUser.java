package com.atlassian.jira.user;

/** Signature-only stub [V usage getKey(), getUsername() (Slack, public plugins)]. */
public interface ApplicationUser {
    String getKey(); // [V]

    String getUsername(); // [V]

    String getName(); // [V usage appUser.name in public Jira scripts]

    String getDisplayName(); // [V usage in public Jira plugins]

    boolean isActive(); // [V usage in public Jira plugins]
}
