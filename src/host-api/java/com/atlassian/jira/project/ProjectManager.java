package com.atlassian.jira.project;

/** Signature-only stub [V usage: projectManager.getProjectObjByKey(key), null when absent]. */
public interface ProjectManager {
    Project getProjectObjByKey(String projectKey); // [V]
}
