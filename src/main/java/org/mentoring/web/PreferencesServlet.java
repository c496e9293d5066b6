package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.i18n.Messages;
import org.mentoring.notification.Delivery;
import org.mentoring.notification.DeliveryPreferences;
import org.mentoring.notification.NotificationKind;

/**
 * "Notification preferences" (/plugins/servlet/mentoring/preferences): for each kind of news, whether it shows in the
 * app and whether it comes by mail at once, in the daily digest, or not. The viewer's own, always: nobody else's can be
 * asked for. Saved through {@code PUT /notifications/preferences}; the page says what was saved.
 */
@LicensedOnly
public class PreferencesServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    private final transient DeliveryPreferences preferences;

    public PreferencesServlet(DeliveryPreferences preferences, PageResponder pages) {
        super(pages);
        this.preferences = preferences;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Locale locale = req.getLocale() == null ? Locale.ENGLISH : req.getLocale();
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (Map.Entry<NotificationKind, DeliveryPreferences.Choice> e : preferences.of(viewer).entrySet()) {
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("kind", e.getKey().name());
            kind.put("id", e.getKey().name().toLowerCase(Locale.ROOT));
            kind.put("name", Messages.text(locale, e.getKey().textKey()));
            kind.put("inApp", e.getValue().inApp().name());
            kind.put("email", e.getValue().email().name());
            kinds.add(kind);
        }
        context.put("kinds", kinds);
        context.put("inAppChoices", List.of(Delivery.IMMEDIATE.name(), Delivery.OFF.name()));
        context.put("emailChoices", List.of(Delivery.IMMEDIATE.name(), Delivery.DIGEST.name(), Delivery.OFF.name()));
        return "templates/preferences.vm";
    }
}
