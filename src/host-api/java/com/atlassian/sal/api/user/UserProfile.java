package com.atlassian.sal.api.user;

/** Signature-only stub: the subset of SAL's UserProfile the adapters call. */
public interface UserProfile {
    UserKey getUserKey(); // [U] present since SAL 2.10; confirmed by Platform 8 callers (Slack app)

    String getUsername(); // [V]

    String getFullName(); // [V]

    String getEmail(); // [V]
}
