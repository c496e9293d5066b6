package com.atlassian.jira.avatar;

/** Signature-only stub. */
public class Selection {
}
