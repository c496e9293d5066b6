package com.atlassian.sal.api.user;

/** Signature-only stub: the subset of SAL's UserManager the adapters call. */
public interface UserManager {
    UserKey getRemoteUserKey(); // [V] reference B.1 and public callers: the current request's user where no request is at hand (macros)

    UserKey getRemoteUserKey(jakarta.servlet.http.HttpServletRequest request); // [V] jakarta on Platform 8 (reference A.0.2)

    UserProfile getUserProfile(String username); // [V]

    UserProfile getUserProfile(UserKey userKey); // [V]

    boolean isAdmin(UserKey userKey); // [V]

    boolean isSystemAdmin(UserKey userKey); // [V]
}
