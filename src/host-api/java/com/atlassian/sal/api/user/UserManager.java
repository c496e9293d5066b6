package com.atlassian.sal.api.user;

/** Signature-only stub: the subset of SAL's UserManager the adapters call. */
public interface UserManager {
    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(jakarta.servlet.http.HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
