package com.atlassian.sal.api.user;

/** Signature-only stub: the subset of SAL's UserManager the adapters call. */
public interface UserManager {
    UserProfile getUserProfile(UserKey userKey); // [V]

    boolean isAdmin(UserKey userKey); // [V]

    boolean isSystemAdmin(UserKey userKey); // [V]
}
