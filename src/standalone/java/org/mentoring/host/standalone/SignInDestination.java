package org.mentoring.host.standalone;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to go after signing in ({@code os_destination}): only one of the app's own pages, given as a plain
 * path (and query); anything else — another origin in any spelling ({@code //host}, {@code /\host},
 * control characters), a path that climbs out, something unparseable — goes to My mentoring.
 */
final class SignInDestination {
    static final String PAGES = org.mentoring.web.PageLinks.ROOT + "/";

    private SignInDestination() {
    }

    static String of(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > 2000 || !requested.startsWith("/")) {
            return SignInServlet.HOME;
        }
        for (char c : requested.toCharArray()) {
            if (c <= 0x20 || c == 0x7f || c == '\\' || c > 0x7e) {
                return SignInServlet.HOME;
            }
        }
        try {
            URI uri = new URI(requested);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return SignInServlet.HOME;
            }
            String path = uri.normalize().getRawPath();
            if (!path.startsWith(PAGES) || path.contains("/../") || path.contains("//") || path.contains("%")) {
                return SignInServlet.HOME;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return SignInServlet.HOME;
        }
    }
}
