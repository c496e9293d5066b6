package com.atlassian.core.task;

/** Signature-only stub. */
public interface Task {
    void execute() throws Exception;
}
