package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentoring.host.Links;

/** The standalone host's sign-in page, returning to where the visitor was going. */
public final class StandaloneLinks implements Links {
    @Override
    public URI signIn(HttpServletRequest request) {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return URI.create(SignInServlet.PATH + "?os_destination=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
