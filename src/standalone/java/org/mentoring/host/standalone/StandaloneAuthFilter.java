package org.mentoring.host.standalone;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mentoring.host.Person;

/**
 * Works out who is calling: the signed session cookie (pages), or HTTP Basic with a demo user (API
 * clients and tests). The user key goes in a request attribute that {@link StandaloneCurrentUser} reads.
 */
public final class StandaloneAuthFilter implements Filter {
    static final String USER_KEY = "org.mentoring.standalone.userKey";

    private final SessionCookies cookies;
    private final InMemoryUserDirectory users;

    public StandaloneAuthFilter(SessionCookies cookies, InMemoryUserDirectory users) {
        this.cookies = cookies;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        userFromBasic(request.getHeader("Authorization"))
                .or(() -> userFromCookie(request.getCookies()))
                .ifPresent(key -> request.setAttribute(USER_KEY, key));
        chain.doFilter(req, resp);
    }

    private Optional<String> userFromCookie(Cookie[] all) {
        if (all == null) {
            return Optional.empty();
        }
        for (Cookie c : all) {
            if (SessionCookies.NAME.equals(c.getName())) {
                return cookies.verify(c.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<String> userFromBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1)).map(Person::key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
