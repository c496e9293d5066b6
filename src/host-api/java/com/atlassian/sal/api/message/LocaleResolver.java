package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/** Signature-only stub. */
public interface LocaleResolver {
    Locale getLocale();

    /** The person's locale (their profile's), or the application's when they have none; null key: the application's. */
    Locale getLocale(UserKey userKey);
}
