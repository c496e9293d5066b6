package org.mentoring.host;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Addresses that depend on the host. */
public interface Links {
    /** The host's sign-in page, returning to the page of {@code request} afterwards. */
    URI signIn(HttpServletRequest request);

    /** {@code path} (starting with /, relative to the context path) as an absolute address through the host's base URL, for mail. */
    String absolute(String path);
}
