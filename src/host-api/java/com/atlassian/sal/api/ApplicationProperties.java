package com.atlassian.sal.api;

/** Signature-only stub: the subset of SAL's ApplicationProperties the app calls. */
public interface ApplicationProperties {
    String getPlatformId(); // [V] public callers compare it with "jira" (e.g. setJiraHelplink: getPlatformId().equals("jira")); Confluence answers "conf"
}
