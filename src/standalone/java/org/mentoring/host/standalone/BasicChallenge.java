package org.mentoring.host.standalone;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A 401 from the API says how to authenticate: HTTP Basic. Not to the app's own page scripts (a browser
 * marks them {@code Sec-Fetch-Dest: empty}), which handle a 401 themselves and must not make the browser
 * pop up its password dialog.
 */
public final class BasicChallenge implements ContainerResponseFilter {
    static final String CHALLENGE = "Basic realm=\"Mentoring\", charset=\"UTF-8\"";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)
                && !"empty".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Dest"))) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
    }
}
