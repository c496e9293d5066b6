package org.mentoring.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentoring.host.Links;
import org.mentoring.host.Settings;

/**
 * One-click unsubscribe links: the person and the kind, signed with HMAC-SHA256 under a secret kept once per cluster
 * in the host's settings (made on first use), so the link works without signing in and cannot be forged or altered.
 */
public final class UnsubscribeLinks {
    static final String SECRET_KEY = "org.mentoring.mail.unsubscribeSecret";
    public static final String PATH = "/rest/mentoring/1.0/unsubscribe";
    /** The kind that stands for every kind. */
    public static final String ALL = "ALL";

    private final Settings settings;
    private final Links links;

    public UnsubscribeLinks(Settings settings, Links links) {
        this.settings = settings;
        this.links = links;
    }

    public String url(String userKey, NotificationKind kind) {
        return url(userKey, kind.name());
    }

    /** {@code kind} a kind's name, or {@value #ALL} (a digest's one-click header: every kind). */
    public String url(String userKey, String kind) {
        return links.absolute(PATH + "?user=" + URLEncoder.encode(userKey, StandardCharsets.UTF_8) + "&kind=" + kind
                + "&sig=" + signature(userKey, kind));
    }

    /** Whether {@code signature} is ours for this person and kind (compared in constant time), and the kind is one. */
    public boolean valid(String userKey, String kind, String signature) {
        if (userKey == null || kind == null || signature == null) {
            return false;
        }
        if (!ALL.equals(kind) && java.util.Arrays.stream(NotificationKind.values()).noneMatch(k -> k.name().equals(kind))) {
            return false;
        }
        return MessageDigest.isEqual(signature(userKey, kind).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8));
    }

    private String signature(String userKey, String kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret()), "HmacSHA256"));
            byte[] sig = mac.doFinal((userKey + "\n" + kind).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Made once: a node that raced another re-reads the stored value, so every node signs with the same secret. */
    private String secret() {
        return settings.get(SECRET_KEY).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            settings.put(SECRET_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            return settings.get(SECRET_KEY).orElseThrow();
        });
    }
}
