package org.mentoring.host;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is making a request: the signed-in user's key, or empty for anonymous requests. */
public interface CurrentUser {
    Optional<String> userKey(HttpServletRequest request);
}
