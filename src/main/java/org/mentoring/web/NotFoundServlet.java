package org.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.error.NotFoundException;

/**
 * An address under the app where no page is: the app's own "not found" page, in its shell with the way back,
 * rather than the server's bare 404. A host mounts it where no other page matches.
 */
public class NotFoundServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    public NotFoundServlet(PageResponder pages) {
        super(pages);
    }

    @Override
    protected String notFoundKey() {
        return "mentoring.page.notfound.address";
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        throw new NotFoundException("page");
    }
}
