package com.atlassian.sal.api;

/** Signature-only stub: the subset of SAL's ApplicationProperties the app calls. */
public interface ApplicationProperties {
    /** [V] public plugins call applicationProperties.getBaseUrl(UrlMode.RELATIVE) for the context path */
    String getBaseUrl(UrlMode urlMode);

    String getPlatformId(); // [V] public callers compare it with "jira" (e.g. setJiraHelplink: getPlatformId().equals("jira")); Confluence answers "conf"
}
