package com.atlassian.sal.api.user;

/** Signature-only stub: the subset of SAL's UserProfile the adapters call. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
