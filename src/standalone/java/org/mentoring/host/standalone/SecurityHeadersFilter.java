package org.mentoring.host.standalone;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The headers the hosts send on every response, so the standalone host is no weaker: only the app's own
 * scripts, styles and fonts run (no inline code), no site may frame a page, no referrer leaves the app,
 * no content sniffing. Nothing but the static files may be cached: API answers and pages carry private content.
 */
public final class SecurityHeadersFilter implements Filter {
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "X-Content-Type-Options", "nosniff");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) resp;
        HEADERS.forEach(response::setHeader);
        if (!((HttpServletRequest) req).getRequestURI().startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, resp);
    }
}
