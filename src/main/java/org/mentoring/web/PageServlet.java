package org.mentoring.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.mentoring.error.NotFoundException;

/**
 * What every page and every fragment (the relationship page's sections) does, in one place: the same
 * response headers on every answer, the viewer or else sign-in, the same 404 for anything missing or not
 * the viewer's to see (so confidential things do not reveal that they exist), and GET only: state changes
 * go through the REST API, so any other method gets 405.
 *
 * <p>A page sends an anonymous visitor to sign in and shows the "not found" page; a fragment, fetched by a
 * page's script, answers an anonymous caller 401 and a hidden or missing thing an empty 404, and 204 when
 * the viewer has nothing in it.
 */
public abstract class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String NOT_FOUND = "templates/not-found.vm";

    /** Whether the servlet answers with whole pages for a person or with fragments for a page's script. */
    protected enum Kind { PAGE, FRAGMENT }

    private final transient PageResponder pages;
    private final Kind kind;

    protected PageServlet(PageResponder pages) {
        this(pages, Kind.PAGE);
    }

    protected PageServlet(PageResponder pages, Kind kind) {
        this.pages = pages;
        this.kind = kind;
    }

    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        headers(resp);
        String method = req.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(req, resp); // HEAD: HttpServlet runs doGet without a body
            return;
        }
        resp.setHeader("Allow", "GET, HEAD");
        resp.setStatus(405);
    }

    /** The headers of every answer, whatever its status: never cached (pages hold private data), never sniffed. */
    private static void headers(HttpServletResponse resp) {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> viewer = pages.viewer(req);
        if (viewer.isEmpty()) {
            if (kind == Kind.PAGE) {
                resp.sendRedirect(pages.signIn(req));
            } else {
                resp.setStatus(401);
            }
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
            resp.setStatus(404);
            if (kind == Kind.PAGE) {
                context.put("notFoundKey", notFoundKey());
                pages.render(resp, NOT_FOUND, context);
            }
            return;
        }
        if (template == null) {
            resp.setStatus(204);
            return;
        }
        resp.setStatus(200);
        pages.render(resp, template, context);
    }

    /**
     * What the "not found" page says (an i18n key): the same for anything missing and anything not the viewer's
     * to see, so confidential things do not reveal that they exist. A page whose existence is no secret (the
     * settings) may say why instead.
     */
    protected String notFoundKey() {
        return "mentoring.page.notfound.body";
    }

    /** A page's own gate before it renders (an admin page's web sudo); false when it has answered the request itself. */
    protected boolean proceed(String viewer, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        return true;
    }

    /**
     * Fills {@code context} for {@code viewer} and returns the template to render (null: a fragment with
     * nothing for this viewer); throws {@link NotFoundException} (or fails to parse an id) for anything the
     * viewer may not see.
     */
    protected abstract String page(String viewer, HttpServletRequest req, Map<String, Object> context);
}
