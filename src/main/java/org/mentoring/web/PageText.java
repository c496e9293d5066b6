package org.mentoring.web;

import java.util.Locale;
import org.mentoring.i18n.Messages;

/** i18n texts for templates: {@code $i18n.getText("key")}. Public: Velocity only calls public classes. */
public final class PageText {
    private final Locale locale;

    public PageText(Locale locale) {
        this.locale = locale;
    }

    public String getText(String key) {
        return Messages.text(locale, key);
    }

    public String getText(String key, Object arg) {
        return Messages.text(locale, key, arg);
    }

    /** A text with two arguments ("{0} of {1} done"). */
    public String getText(String key, Object first, Object second) {
        return Messages.text(locale, key, first, second);
    }
}
