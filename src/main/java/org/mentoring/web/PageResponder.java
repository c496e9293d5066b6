package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.Links;
import org.mentoring.host.ViewRenderer;

/** What {@link PageServlet} asks of the host: who is looking, where to sign in, and rendering a template. */
public final class PageResponder {
    private final CurrentUser currentUser;
    private final Links links;
    private final ViewRenderer renderer;

    public PageResponder(CurrentUser currentUser, Links links, ViewRenderer renderer) {
        this.currentUser = currentUser;
        this.links = links;
        this.renderer = renderer;
    }

    /** The signed-in viewer's key, if any. */
    Optional<String> viewer(HttpServletRequest req) {
        return currentUser.userKey(req);
    }

    /** The host's sign-in page, returning to this request's page afterwards. */
    String signIn(HttpServletRequest req) {
        return links.signIn(req).toString();
    }

    /** What every template uses ({@link PageContext}) for this request. */
    Map<String, Object> context(HttpServletRequest req) {
        return PageContext.of(req.getLocale(), req.getContextPath(), currentUser.userKey(req).orElse(null));
    }

    /** Renders {@code template} as the body; {@link PageServlet} has set the status and headers. */
    void render(HttpServletResponse resp, String template, Map<String, Object> context) throws IOException {
        renderer.render(template, context, resp.getWriter());
    }
}
