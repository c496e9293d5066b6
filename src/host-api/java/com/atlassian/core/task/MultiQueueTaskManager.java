package com.atlassian.core.task;

/** Signature-only stub: Confluence's task queues ("mail" is its mail queue). */
public interface MultiQueueTaskManager {
    void addTask(String queueName, Task task);
}
