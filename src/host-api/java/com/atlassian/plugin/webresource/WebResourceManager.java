package com.atlassian.plugin.webresource;

/** Signature-only stub of the web resource manager the page adapter asks for the app's CSS/JS. */
public interface WebResourceManager {
    void requireResourcesForContext(String context); // [U] long-standing API; confirm on Platform 8 with -Patlassian
}
