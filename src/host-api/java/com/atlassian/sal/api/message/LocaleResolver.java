package com.atlassian.sal.api.message;

import java.util.Locale;

/** Signature-only stub. */
public interface LocaleResolver {
    Locale getLocale();
}
