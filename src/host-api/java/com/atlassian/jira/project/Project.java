package com.atlassian.jira.project;

/** Signature-only stub. */
public interface Project {
    Long getId();

    String getKey();
}
