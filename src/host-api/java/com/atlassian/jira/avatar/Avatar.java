package com.atlassian.jira.avatar;

/** Signature-only stub [V usage getId()]. */
public interface Avatar {
    Long getId(); // [V]
}
