package org.mentoring.host;

import java.util.Locale;

/** Each person's language, as the host keeps it (their profile's), for what the app writes to them outside a request: mail. */
public interface UserLocales {
    /** Hosts that keep no language per person: everyone reads the app's default, English. */
    UserLocales DEFAULT = userKey -> Locale.ENGLISH;

    /** Never null: the host's default when the person has none. */
    Locale of(String userKey);
}
