package org.mentoring.network;

import java.util.Locale;
import java.util.Optional;

/** The changes an introduction can go through, as named in the API ({@code POST /introductions/{id}/introduce}). */
public enum IntroductionMove {
    /** The asked member introduces someone (with a note to them). */
    INTRODUCE,
    /** The asked member declines the request; or the introduced person declines the introduction. */
    DECLINE,
    /** The introduced person accepts. */
    ACCEPT,
    /** The asker takes the request back. */
    WITHDRAW;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IntroductionMove> fromPath(String path) {
        for (IntroductionMove m : values()) {
            if (m.path().equals(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
