package org.mentoring.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What every template of the app uses: its texts ({@code $i18n}), the context path, page links ({@code $links}), the viewer. */
public final class PageContext {
    private PageContext() {
    }

    /** A new, changeable context; {@code viewerKey} null for an anonymous reader. */
    public static Map<String, Object> of(Locale locale, String contextPath, String viewerKey) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageText(locale == null ? Locale.ENGLISH : locale));
        context.put("contextPath", contextPath == null ? "" : contextPath);
        context.put("links", PageLinks.under(contextPath));
        if (viewerKey != null) {
            context.put("viewerKey", viewerKey);
        }
        return context;
    }
}
