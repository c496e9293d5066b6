package org.mentoring.host.standalone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sign-in without node-local sessions: the cookie carries the user key, an expiry and the person's sign-in
 * generation, signed with a secret kept in the database, so any node sharing the database accepts it. The
 * generation is checked against the database on every request (one unique-key read), so signing out on
 * one node ends the session on all of them. Also signs the sign-in and sign-out forms' tokens.
 */
public final class SessionCookies {
    public static final String NAME = "mentoring.session";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final byte[] secret;
    private final Clock clock;
    private final SessionGenerations generations;

    public SessionCookies(byte[] secret, Clock clock, SessionGenerations generations) {
        this.secret = secret.clone();
        this.clock = clock;
        this.generations = generations;
    }

    public String issue(String userKey) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(userKey.getBytes(StandardCharsets.UTF_8))
                + "." + expires + "." + generations.current(userKey);
        return payload + "." + sign(payload);
    }

    /** The user key a cookie value stands for, if its signature holds, it has not expired and its person has not signed out since. */
    public Optional<String> verify(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int last = cookie.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, last);
        if (!matches(sign(payload), cookie.substring(last + 1))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        try {
            if (parts.length != 3 || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            String userKey = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return Integer.parseInt(parts[2]) == generations.current(userKey) ? Optional.of(userKey) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Ends every session of {@code userKey}, on every node. */
    public void signOut(String userKey) {
        generations.advance(userKey);
    }

    /** The sign-out form's token: bound to the person and their current generation, so it dies with the session. */
    public String signOutToken(String userKey) {
        return sign("signout:" + userKey + ":" + generations.current(userKey));
    }

    public boolean isSignOutToken(String userKey, String token) {
        return token != null && matches(signOutToken(userKey), token);
    }

    /** The sign-in form's token for the browser's sign-in nonce (a cookie of its own). */
    public String signInToken(String nonce) {
        return sign("signin:" + nonce);
    }

    public boolean isSignInToken(String nonce, String token) {
        return nonce != null && token != null && matches(signInToken(nonce), token);
    }

    /** A cookie scripts cannot read, sent on same-site requests only, and over HTTPS only when the app is served over HTTPS. */
    public static Cookie cookie(HttpServletRequest request, String name, String value, Duration maxAge, String sameSite) {
        Cookie c = new Cookie(name, value);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setMaxAge((int) maxAge.toSeconds());
        c.setSecure(isHttps(request));
        c.setAttribute("SameSite", sameSite);
        return c;
    }

    /** Served over HTTPS, directly or behind a proxy that says so. */
    static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] all = request.getCookies();
        if (all != null) {
            for (Cookie c : all) {
                if (name.equals(c.getName())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
