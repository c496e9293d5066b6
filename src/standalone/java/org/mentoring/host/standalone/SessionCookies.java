package org.mentoring.host.standalone;

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
 * Stateless sign-in: the cookie carries the user key and an expiry, signed with a secret kept in the
 * database, so any node sharing the database accepts it (no node-local session state).
 */
public final class SessionCookies {
    public static final String NAME = "mentoring.session";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final byte[] secret;
    private final Clock clock;

    public SessionCookies(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String issue(String userKey) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(userKey.getBytes(StandardCharsets.UTF_8))
                + "." + expires;
        return payload + "." + sign(payload);
    }

    public Optional<String> verify(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int last = cookie.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, last);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, cookie.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        try {
            if (parts.length != 2 || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
