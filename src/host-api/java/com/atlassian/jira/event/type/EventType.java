package com.atlassian.jira.event.type;

/** Signature-only stub [V: Jira's EventType source, issue event type ids]. */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L; // [V]
    public static final Long ISSUE_DELETED_ID = 8L; // [V]
}
