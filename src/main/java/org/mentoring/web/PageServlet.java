package org.mentoring.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;

/**
 * What every page does: send anonymous visitors to sign in, and show the same "not found" page for
 * anything missing or not the viewer's to see (so confidential things do not reveal that they exist).
 */
public abstract class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageResponder pages;

    protected PageServlet(PageResponder pages) {
        this.pages = pages;
    }

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> viewer = pages.viewerOrSignIn(req, resp);
        if (viewer.isEmpty()) {
            return;
        }
        if (!proceed(viewer.get(), req, resp)) {
            return;
        }
        Map<String, Object> context = pages.context(req);
        String template;
        try {
            template = page(viewer.get(), req, context);
        } catch (NotFoundException | NumberFormatException e) {
            pages.render(resp, 404, "templates/not-found.vm", context);
            return;
        }
        pages.render(resp, 200, template, context);
    }

    /** A page's own gate before it renders (an admin page's web sudo); false when it has answered the request itself. */
    protected boolean proceed(String viewer, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        return true;
    }

    /**
     * Fills {@code context} for {@code viewer} and returns the template to render; throws
     * {@link NotFoundException} (or fails to parse an id) for anything the viewer may not see.
     */
    protected abstract String page(String viewer, HttpServletRequest req, Map<String, Object> context);
}
