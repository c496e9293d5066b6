package org.mentoring.notification;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.Links;
import org.mentoring.host.ViewRenderer;
import org.mentoring.i18n.Messages;
import org.mentoring.web.PageText;

/**
 * {@code /rest/mentoring/1.0/unsubscribe?user=…&kind=…&sig=…}: the one-click link in every mail. No sign-in: the
 * signature is the proof. A forged, altered or incomplete link is a 404, and changes nothing.
 */
@Path("/unsubscribe")
@UnrestrictedAccess
public class UnsubscribeResource {
    static final String TEMPLATE = "templates/mail/unsubscribed.vm";

    private final UnsubscribeLinks links;
    private final DeliveryPreferences preferences;
    private final Links hostLinks;
    private final ViewRenderer views;

    @Inject
    public UnsubscribeResource(UnsubscribeLinks links, DeliveryPreferences preferences, Links hostLinks, ViewRenderer views) {
        this.links = links;
        this.preferences = preferences;
        this.hostLinks = hostLinks;
        this.views = views;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@QueryParam("user") String user, @QueryParam("kind") String kind, @QueryParam("sig") String sig) throws IOException {
        if (!links.valid(user, kind, sig)) {
            throw new NotFoundException("subscription");
        }
        NotificationKind which = NotificationKind.valueOf(kind);
        preferences.unsubscribe(user, which);
        Map<String, Object> context = new HashMap<>();
        PageText i18n = new PageText(Locale.ENGLISH);
        context.put("i18n", i18n);
        context.put("kind", Messages.text(Locale.ENGLISH, which.textKey()));
        context.put("preferencesUrl", hostLinks.absolute(MailComposer.PREFERENCES));
        StringWriter out = new StringWriter();
        views.render(TEMPLATE, context, out);
        return out.toString();
    }
}
