package com.atlassian.sal.api.auth;

/** Signature-only stub [V: reference B.1]. */
public interface LoginUriProvider {
    java.net.URI getLoginUri(java.net.URI returnUri); // [V]
}
