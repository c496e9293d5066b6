package com.atlassian.jira.task.context;

/** Signature-only stub: progress of a long-running task. */
public interface Context {
    Task start(Object input);

    /** Signature-only stub. */
    interface Task {
        void complete();
    }
}
