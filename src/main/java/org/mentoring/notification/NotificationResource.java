package org.mentoring.notification;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/** {@code /rest/mentoring/1.0/notifications}: the caller's own notifications. Signed-in users. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class NotificationResource {
    public record ItemJson(long id, String message, String link, String createdAt, boolean read) {
    }

    /** A Jira-style page with how many of the caller's notifications are unread. */
    public record InboxJson(int startAt, int maxResults, long total, @JsonProperty("isLast") boolean isLast, List<ItemJson> values,
                            int unread) {
    }

    public record ReadBody(Long upToId) {
    }

    public record UnreadJson(int unread) {
    }

    private final NotificationInbox inbox;
    private final CurrentUser currentUser;

    @Inject
    public NotificationResource(NotificationInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GET
    public InboxJson list(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                          @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        NotificationInbox.Inbox mine = inbox.of(viewer, locale, RequestParams.page(startAt, maxResults));
        return new InboxJson(mine.page().startAt(), mine.page().maxResults(), mine.page().total(), mine.page().isLast(),
                mine.page().values().stream().map(i -> new ItemJson(i.id(), i.message(), i.link(), i.createdAt().toString(), i.read())).toList(),
                mine.unread());
    }

    /** Marks the caller's notifications up to {@code upToId} as read. */
    @POST
    @Path("read")
    public UnreadJson read(@Context HttpServletRequest request, ReadBody body) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        if (body == null || body.upToId() == null) {
            problems.add("upToId", "mentoring.error.required");
        } else if (body.upToId() < 1) {
            problems.add("upToId", "mentoring.error.number");
        }
        problems.throwIfAny();
        return new UnreadJson(inbox.markRead(viewer, body.upToId()));
    }

    /** Marks one of the caller's notifications as read (it was clicked). Anyone else's is not found. */
    @POST
    @Path("{id: [0-9]+}/read")
    public UnreadJson readOne(@Context HttpServletRequest request, @PathParam("id") long id) {
        String viewer = Viewers.require(currentUser, request);
        return new UnreadJson(inbox.markOneRead(viewer, id));
    }
}
