package com.atlassian.jira.project;

/** Signature-only stub [V usage getId(), getKey()]. */
public interface Project {
    Long getId(); // [V]

    String getKey(); // [V]
}
