package com.atlassian.jira.event.type;

/** Signature-only stub. */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_DELETED_ID = 8L;
}
