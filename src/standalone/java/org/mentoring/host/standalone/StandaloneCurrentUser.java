package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.mentoring.host.CurrentUser;

/** The user {@link StandaloneAuthFilter} found on the request. */
public final class StandaloneCurrentUser implements CurrentUser {
    @Override
    public Optional<String> userKey(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(StandaloneAuthFilter.USER_KEY));
    }
}
