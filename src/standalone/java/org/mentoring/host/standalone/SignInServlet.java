package org.mentoring.host.standalone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.mentoring.host.Person;
import org.mentoring.web.PageLinks;

/** The standalone host's sign-in and sign-out (the products have their own). */
public final class SignInServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/login";
    public static final String LOGOUT = "/logout";
    static final String HOME = PageLinks.RELATIVE.myMentoring();

    private final transient SessionCookies cookies;
    private final transient InMemoryUserDirectory users;

    public SignInServlet(SessionCookies cookies, InMemoryUserDirectory users) {
        this.cookies = cookies;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (LOGOUT.equals(req.getServletPath())) {
            Cookie gone = cookie("", 0);
            resp.addCookie(gone);
            resp.sendRedirect(PATH);
            return;
        }
        page(resp, 200, null, req.getParameter("os_destination"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Person> person = users.authenticate(req.getParameter("username"), req.getParameter("password"));
        if (person.isEmpty()) {
            page(resp, 401, "Wrong user name or password.", req.getParameter("os_destination"));
            return;
        }
        resp.addCookie(cookie(cookies.issue(person.get().key()), (int) SessionCookies.LIFETIME.toSeconds()));
        String destination = req.getParameter("os_destination");
        resp.sendRedirect(destination != null && destination.startsWith("/") && !destination.startsWith("//") ? destination : HOME);
    }

    private static Cookie cookie(String value, int maxAge) {
        Cookie c = new Cookie(SessionCookies.NAME, value);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    private static void page(HttpServletResponse resp, int status, String error, String destination) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in – Mentoring</title>");
        out.println("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/static/vendor/aui/aui-prototyping.css\"></head>");
        out.println("<body class=\"aui-page-focused aui-page-size-medium\"><div id=\"page\"><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">");
        out.println("<h1>Sign in to Mentoring</h1>");
        if (error != null) {
            out.println("<div class=\"aui-message aui-message-error\" id=\"signin-error\"><p>" + Html.escape(error) + "</p></div>");
        }
        out.println("<form class=\"aui\" method=\"post\" action=\"" + PATH + "\">");
        if (destination != null) {
            out.println("<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">");
        }
        out.println("<div class=\"field-group\"><label for=\"username\">User name</label><input class=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\"></div>");
        out.println("<div class=\"field-group\"><label for=\"password\">Password</label><input class=\"text\" type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"></div>");
        out.println("<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" id=\"signin\" type=\"submit\">Sign in</button></div></div></form>");
        out.println("<h2>Demo people</h2><p>Each signs in with their user name as the password.</p><ul>");
        for (String[] demo : DemoUsers.SIGN_INS) {
            out.println("<li><code>" + Html.escape(demo[0]) + "</code> – " + Html.escape(demo[1]) + "</li>");
        }
        out.println("</ul></section></div></div></div></body></html>");
    }
}
