package org.mentoring.host.standalone;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Works out who is calling: the signed session cookie (pages), or HTTP Basic with a demo user (API
 * clients and tests), throttled like the sign-in form. The user key goes in a request attribute that
 * {@link StandaloneCurrentUser} reads.
 */
public final class StandaloneAuthFilter implements Filter {
    static final String USER_KEY = "org.mentoring.standalone.userKey";

    private final SessionCookies cookies;
    private final InMemoryUserDirectory users;
    private final SignInThrottle throttle;

    public StandaloneAuthFilter(SessionCookies cookies, InMemoryUserDirectory users, SignInThrottle throttle) {
        this.cookies = cookies;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<String[]> basic = basic(request.getHeader("Authorization"));
        if (basic.isPresent()) {
            String name = basic.get()[0];
            String password = basic.get()[1];
            SignInThrottle.Outcome outcome = throttle.attempt(name, request.getRemoteAddr(), () -> users.authenticate(name, password));
            if (outcome.locked()) {
                ErrorPages.tooManySignIns(request, (HttpServletResponse) resp, outcome.retryAfter());
                return;
            }
            if (outcome.signedIn()) {
                request.setAttribute(USER_KEY, outcome.person().key());
            }
        } else {
            // A session of someone deactivated since (on any node) ends with it, as in the hosts.
            SessionCookies.value(request, SessionCookies.NAME).flatMap(cookies::verify)
                    .filter(key -> users.find(key).filter(org.mentoring.host.Person::active).isPresent())
                    .ifPresent(key -> request.setAttribute(USER_KEY, key));
        }
        chain.doFilter(req, resp);
    }

    /** The user name and password of an HTTP Basic header; a header that is not Basic, or is malformed, counts as none. */
    private static Optional<String[]> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
