package com.atlassian.jira.avatar;

/** Signature-only stub. */
public interface Avatar {
    Long getId();
}
