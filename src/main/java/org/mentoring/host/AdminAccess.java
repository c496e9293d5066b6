package org.mentoring.host;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The host's extra check before an administration page: in Jira and Confluence, "secure administrator
 * sessions" (web sudo) ask an administrator for their password again. Hosts without it let the page through.
 */
public interface AdminAccess {
    AdminAccess NONE = (request, response) -> true;

    /** True to go on; false when the host has answered the request itself (sent the admin to re-authenticate). */
    boolean proceed(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
