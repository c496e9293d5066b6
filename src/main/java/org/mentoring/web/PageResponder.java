package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentoring.host.CurrentUser;
import org.mentoring.host.Links;
import org.mentoring.host.ViewRenderer;

/** What every page does: find the signed-in viewer (or send them to sign in), and render a template. */
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
    public Optional<String> viewer(HttpServletRequest req) {
        return currentUser.userKey(req);
    }

    /** The viewer's key; empty after redirecting an anonymous visitor to the sign-in page. */
    public Optional<String> viewerOrSignIn(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> viewer = currentUser.userKey(req);
        if (viewer.isEmpty()) {
            resp.sendRedirect(links.signIn(req).toString());
        }
        return viewer;
    }

    /** A context with what every template uses: texts, the context path. */
    public Map<String, Object> context(HttpServletRequest req) {
        Map<String, Object> context = new HashMap<>();
        Locale locale = req.getLocale() == null ? Locale.ENGLISH : req.getLocale();
        context.put("i18n", new PageText(locale));
        context.put("contextPath", req.getContextPath());
        currentUser.userKey(req).ifPresent(key -> context.put("viewerKey", key));
        return context;
    }

    public void render(HttpServletResponse resp, int status, String template, Map<String, Object> context) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        renderer.render(template, context, resp.getWriter());
    }
}
