package org.mentoring.notification;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.i18n.Messages;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/notifications/preferences}: how the caller gets each kind of notification, in the app
 * and by e-mail. Signed-in users, their own only.
 */
@Path("/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class NotificationPreferencesResource {
    public record KindJson(String kind, String name, Delivery inApp, Delivery email) {
    }

    public record PreferencesJson(List<KindJson> kinds) {
    }

    private final DeliveryPreferences preferences;
    private final CurrentUser currentUser;

    @Inject
    public NotificationPreferencesResource(DeliveryPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @GET
    public PreferencesJson get(@Context HttpServletRequest request) {
        String viewer = Viewers.require(currentUser, request);
        return json(preferences.of(viewer), locale(request));
    }

    /** Body: {@code {"GOAL": {"email": "OFF"}, "FEEDBACK": {"inApp": "IMMEDIATE", "email": "DIGEST"}}}; the rest stays. */
    @PUT
    public PreferencesJson put(@Context HttpServletRequest request, Map<String, Map<String, String>> body) {
        String viewer = Viewers.require(currentUser, request);
        if (body == null) {
            new Problems().add("kind", "mentoring.error.required").throwIfAny();
        }
        return json(preferences.update(viewer, body), locale(request));
    }

    private static PreferencesJson json(Map<NotificationKind, DeliveryPreferences.Choice> choices, Locale locale) {
        return new PreferencesJson(choices.entrySet().stream().map(e -> new KindJson(e.getKey().name(),
                Messages.text(locale, e.getKey().textKey()), e.getValue().inApp(), e.getValue().email())).toList());
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
    }
}
