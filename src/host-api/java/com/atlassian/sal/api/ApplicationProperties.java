package com.atlassian.sal.api;

/** Signature-only stub. */
public interface ApplicationProperties {
    /** [V] public plugins call applicationProperties.getBaseUrl(UrlMode.RELATIVE) for the context path */
    String getBaseUrl(UrlMode urlMode);
}
