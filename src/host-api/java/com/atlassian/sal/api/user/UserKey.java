package com.atlassian.sal.api.user;

/** Signature-only stub of SAL's user key. Value semantics as the real class. */
public final class UserKey implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) {
            throw new IllegalArgumentException("userkey");
        }
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(Long.toString(userId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && other.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
