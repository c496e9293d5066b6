package com.atlassian.sal.api;

/** Signature-only stub: the subset of SAL's ApplicationProperties the app calls. */
public interface ApplicationProperties {
    /** public plugins call applicationProperties.getBaseUrl(UrlMode.RELATIVE) for the context path */
    String getBaseUrl(UrlMode urlMode);

    String getPlatformId();
}
