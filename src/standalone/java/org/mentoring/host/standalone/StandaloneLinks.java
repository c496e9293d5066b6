package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mentoring.host.Links;

/** The standalone host's sign-in page, returning to where the visitor was going, and its base URL for mail. */
public final class StandaloneLinks implements Links {
    /** Configuration, set once when the server knows its address (or from --base-url): not data. */
    private volatile String baseUrl = "http://localhost:2990";

    public void baseUrl(String url) {
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String absolute(String path) {
        return baseUrl + path;
    }

    @Override
    public URI signIn(HttpServletRequest request) {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return URI.create(SignInServlet.PATH + "?os_destination=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
