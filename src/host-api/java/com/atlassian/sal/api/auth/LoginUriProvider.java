package com.atlassian.sal.api.auth;

/** Signature-only stub. */
public interface LoginUriProvider {
    java.net.URI getLoginUri(java.net.URI returnUri);
}
