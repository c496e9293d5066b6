package org.mentoring.notification;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.mentoring.host.Links;
import org.mentoring.host.ViewRenderer;
import org.mentoring.i18n.Messages;
import org.mentoring.web.PageContext;

/**
 * {@code /rest/mentoring/1.0/unsubscribe?user=…&kind=…&sig=…}: the unsubscribe link in every mail. No sign-in: the
 * signature is the proof. GET only asks (mail scanners fetch links to check them, and must not unsubscribe anyone);
 * its button POSTs, as does a mail program's one-click unsubscribe (RFC 8058: {@code List-Unsubscribe=One-Click}).
 * A forged, altered or incomplete link is a 404 page, and changes nothing. Both pages are in the app's page shell,
 * signed out. The POST needs no XSRF token: the signed link is what authorises it, and it can only turn mail off.
 */
@Path("/unsubscribe")
@UnrestrictedAccess
public class UnsubscribeResource {
    static final String CONFIRM = "templates/unsubscribe.vm";
    static final String NOT_FOUND = "templates/not-found.vm";

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
    public Response ask(@Context HttpServletRequest request, @QueryParam("user") String user, @QueryParam("kind") String kind,
                        @QueryParam("sig") String sig) throws IOException {
        return page(request, user, kind, sig, false);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @XsrfProtectionExcluded
    public Response unsubscribe(@Context HttpServletRequest request, @QueryParam("user") String user, @QueryParam("kind") String kind,
                                @QueryParam("sig") String sig) throws IOException {
        return page(request, user, kind, sig, true);
    }

    private Response page(HttpServletRequest request, String user, String kind, String sig, boolean confirmed) throws IOException {
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        Map<String, Object> context = PageContext.of(locale, request.getContextPath(), null);
        if (!links.valid(user, kind, sig)) {
            return html(404, NOT_FOUND, context);
        }
        String what;
        if (UnsubscribeLinks.ALL.equals(kind)) {
            what = Messages.text(locale, "mentoring.mail.unsubscribe.all");
            if (confirmed) {
                preferences.unsubscribeAll(user);
            }
        } else {
            NotificationKind which = NotificationKind.valueOf(kind);
            what = Messages.text(locale, which.textKey());
            if (confirmed) {
                preferences.unsubscribe(user, which);
            }
        }
        context.put("kind", what);
        context.put("confirmed", confirmed);
        context.put("action", links.url(user, kind));
        context.put("preferencesUrl", hostLinks.absolute(MailComposer.PREFERENCES));
        return html(200, CONFIRM, context);
    }

    private Response html(int status, String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        views.render(template, context, out);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(out.toString()).build();
    }
}
