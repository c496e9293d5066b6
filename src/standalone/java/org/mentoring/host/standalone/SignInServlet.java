package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.mentoring.i18n.Messages;
import org.mentoring.rest.StatusErrors;
import org.mentoring.web.PageLinks;

/**
 * The standalone host's sign-in and sign-out (the products have their own). Both are POSTs from the
 * app's own pages only: each form carries a signed token (sign-in: bound to a nonce cookie of the browser;
 * sign-out: bound to the person's session) and a browser's Origin must be this site's. Failed sign-ins are
 * throttled ({@link SignInThrottle}); sign-out ends the person's sessions on every node.
 */
public final class SignInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/login";
    public static final String LOGOUT = "/logout";
    static final String HOME = PageLinks.RELATIVE.myMentoring();
    static final String NONCE_COOKIE = "mentoring.signin";
    private static final Duration NONCE_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient SessionCookies cookies;
    private final transient InMemoryUserDirectory users;
    private final transient SignInThrottle throttle;

    public SignInServlet(SessionCookies cookies, InMemoryUserDirectory users, SignInThrottle throttle) {
        this.cookies = cookies;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (LOGOUT.equals(req.getServletPath())) {
            String userKey = (String) req.getAttribute(StandaloneAuthFilter.USER_KEY);
            if (userKey == null) {
                resp.sendRedirect(PATH);
            } else {
                signOutPage(resp, 200, null, userKey);
            }
            return;
        }
        signInPage(req, resp, 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (LOGOUT.equals(req.getServletPath())) {
            signOut(req, resp);
        } else {
            signIn(req, resp);
        }
    }

    private void signIn(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String nonce = SessionCookies.value(req, NONCE_COOKIE).orElse(null);
        if (!fromThisSite(req) || !cookies.isSignInToken(nonce, req.getParameter("token"))) {
            signInPage(req, resp, 403, text("mentoring.signin.expired"));
            return;
        }
        String name = req.getParameter("username");
        String password = req.getParameter("password");
        SignInThrottle.Outcome outcome = throttle.attempt(name, req.getRemoteAddr(), () -> users.authenticate(name, password));
        if (outcome.locked()) {
            long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
            resp.setHeader("Retry-After", Long.toString(seconds));
            signInPage(req, resp, 429, Messages.english(StatusErrors.problem(429, seconds)));
            return;
        }
        if (!outcome.signedIn()) {
            signInPage(req, resp, 401, text("mentoring.signin.wrong"));
            return;
        }
        resp.addCookie(SessionCookies.cookie(req, SessionCookies.NAME, cookies.issue(outcome.person().key()), SessionCookies.LIFETIME, "Lax"));
        resp.addCookie(SessionCookies.cookie(req, NONCE_COOKIE, "", Duration.ZERO, "Strict"));
        resp.setStatus(303);
        resp.setHeader("Location", SignInDestination.of(req.getParameter("os_destination")));
    }

    private void signOut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String userKey = (String) req.getAttribute(StandaloneAuthFilter.USER_KEY);
        if (userKey != null) {
            if (!fromThisSite(req) || !cookies.isSignOutToken(userKey, req.getParameter("token"))) {
                signOutPage(resp, 403, text("mentoring.signout.expired"), userKey);
                return;
            }
            cookies.signOut(userKey);
        }
        resp.addCookie(SessionCookies.cookie(req, SessionCookies.NAME, "", Duration.ZERO, "Lax"));
        resp.setStatus(303);
        resp.setHeader("Location", PATH);
    }

    /**
     * A browser says where a form came from (Origin, else Referer): it must be this site, scheme, host and
     * port alike (another site on the same host is another origin). Clients that send neither still need the token.
     */
    static boolean fromThisSite(HttpServletRequest req) {
        String self = (SessionCookies.isHttps(req) ? "https" : "http") + "://" + req.getHeader("Host");
        String origin = req.getHeader("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(self);
        }
        String referer = req.getHeader("Referer");
        return referer == null || referer.regionMatches(true, 0, self + "/", 0, self.length() + 1);
    }

    /** The sign-out form, for the page header and for this servlet's own confirmation page. */
    static String signOutFormHtml(SessionCookies cookies, String userKey) {
        return "<form class=\"mentoring-sign-out\" method=\"post\" action=\"" + LOGOUT + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + Html.escape(cookies.signOutToken(userKey)) + "\">"
                + "<button class=\"aui-button aui-button-link\" id=\"sign-out\" type=\"submit\">Sign out</button></form>";
    }

    private static String text(String key) {
        return Messages.text(Locale.ENGLISH, key);
    }

    private void signInPage(HttpServletRequest req, HttpServletResponse resp, int status, String error) throws IOException {
        String nonce = SessionCookies.value(req, NONCE_COOKIE).filter(n -> n.length() == 22).orElseGet(SignInServlet::newNonce);
        resp.addCookie(SessionCookies.cookie(req, NONCE_COOKIE, nonce, NONCE_LIFETIME, "Strict"));
        String destination = req.getParameter("os_destination");
        // A refused sign-in keeps the name typed (only the password is asked again).
        String name = status == 401 || status == 429 ? req.getParameter("username") : null;
        PrintWriter out = start(resp, status, "Sign in");
        out.println("<h1>Sign in to Mentoring</h1>");
        error(out, error);
        out.println("<form class=\"aui\" method=\"post\" action=\"" + PATH + "\">");
        out.println("<input type=\"hidden\" name=\"token\" value=\"" + Html.escape(cookies.signInToken(nonce)) + "\">");
        if (destination != null) {
            out.println("<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">");
        }
        out.println("<div class=\"field-group\"><label for=\"username\">User name</label><input class=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\""
                + (name == null ? "" : " value=\"" + Html.escape(name) + "\"") + "></div>");
        out.println("<div class=\"field-group\"><label for=\"password\">Password</label><input class=\"text\" type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"></div>");
        out.println("<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" id=\"signin\" type=\"submit\">Sign in</button></div></div></form>");
        out.println("<h2>Demo people</h2><p>Each signs in with their user name as the password.</p><ul>");
        for (String[] demo : DemoUsers.SIGN_INS) {
            out.println("<li><code>" + Html.escape(demo[0]) + "</code> – " + Html.escape(demo[1]) + "</li>");
        }
        out.println("</ul>");
        end(out);
    }

    private void signOutPage(HttpServletResponse resp, int status, String error, String userKey) throws IOException {
        PrintWriter out = start(resp, status, "Sign out");
        out.println("<h1>Sign out of Mentoring</h1>");
        error(out, error);
        out.println(signOutFormHtml(cookies, userKey));
        end(out);
    }

    private static PrintWriter start(HttpServletResponse resp, int status, String title) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\" class=\"aui-responsive\"><head><meta charset=\"utf-8\"><title>" + title + " – Mentoring</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<link rel=\"icon\" href=\"data:,\">" + WebResourceBatches.standard().stylesHtml() + "</head>");
        out.println("<body class=\"aui-page-focused aui-page-size-medium mentoring-page\"><div id=\"page\"><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><main class=\"aui-page-panel-content\">");
        return out;
    }

    private static void error(PrintWriter out, String error) {
        if (error != null) {
            out.println("<div class=\"aui-message aui-message-error\" id=\"signin-error\"><p>" + Html.escape(error) + "</p></div>");
        }
    }

    private static void end(PrintWriter out) {
        out.println("</main></div></div></div></body></html>");
    }

    private static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
