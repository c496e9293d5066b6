package com.atlassian.jira.user.anonymize;

/** Signature-only stub. */
public enum AffectedEntityType {
    ANONYMIZE, REMOVE, TRANSFER_OWNERSHIP
}
