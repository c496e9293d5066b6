package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/** The page servlets, mounted where the hosts mount them (/plugins/servlet/mentoring/…). */
final class StandalonePages {
    private StandalonePages() {
    }

    static void register(StandaloneApp app, ServletContextHandler context) {
        context.addServlet(new ServletHolder("home", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.sendRedirect(SignInServlet.HOME);
            }
        }), "");
    }
}
