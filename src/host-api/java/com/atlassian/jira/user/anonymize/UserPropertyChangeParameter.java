package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/** Signature-only stub: the old and new value of a user key or user name. */
public interface UserPropertyChangeParameter {
    String getOriginal();

    String getTarget();

    Context getContext();
}
