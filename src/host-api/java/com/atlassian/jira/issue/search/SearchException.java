package com.atlassian.jira.issue.search;

/** Signature-only stub. */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;
}
