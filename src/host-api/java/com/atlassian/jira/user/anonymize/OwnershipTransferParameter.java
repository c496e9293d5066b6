package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/** Signature-only stub. */
public interface OwnershipTransferParameter {
    String getCurrentUserKey();

    String getTransferredToUserKey();

    Context getContext();
}
