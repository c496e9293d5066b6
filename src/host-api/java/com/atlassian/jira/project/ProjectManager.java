package com.atlassian.jira.project;

/** Signature-only stub. */
public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);
}
