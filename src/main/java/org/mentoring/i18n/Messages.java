package org.mentoring.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.mentoring.error.Problem;

/**
 * Texts from the app's one i18n bundle ({@code i18n/mentoring*.properties}, also declared to the
 * hosts in atlassian-plugin.xml). A missing key shows as the key itself, never as an exception.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.mentoring";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, as the hosts do: apostrophes are written '' in every message.
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The bundle for {@code locale}, falling back to the base (English) file and never to the server's default
     * locale: a German server must not answer an English reader in German.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(Locale locale, Problem problem) {
        return text(locale, problem.key(), problem.args().toArray());
    }

    public static String english(Problem problem) {
        return text(Locale.ENGLISH, problem);
    }
}
