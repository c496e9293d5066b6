package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.mentoring.web.MyMentoringServlet;
import org.mentoring.web.PageResponder;
import org.mentoring.web.RelationshipServlet;
import org.mentoring.web.SectionRenderer;
import org.mentoring.web.SectionServlet;

/** The plugin's page servlets, mounted where the hosts mount them (/plugins/servlet/mentoring/…). */
final class StandalonePages {
    static final String SERVLETS = "/plugins/servlet";

    private StandalonePages() {
    }

    static void register(StandaloneApp app, ServletContextHandler context) {
        VelocityViewRenderer renderer = new VelocityViewRenderer(app.users, app.cookies);
        PageResponder pages = new PageResponder(app.currentUser, new StandaloneLinks(), renderer);
        SectionRenderer sections = new SectionRenderer(renderer);
        context.addServlet(new ServletHolder("my-mentoring", new MyMentoringServlet(app.relationships, app.relationshipViews, pages)),
                SERVLETS + "/mentoring/my");
        context.addServlet(new ServletHolder("relationship",
                new RelationshipServlet(app.relationships, app.agreements, app.relationshipViews, pages, app.pageSections)),
                SERVLETS + "/mentoring/relationship");
        context.addServlet(new ServletHolder("section", new SectionServlet(app.relationships, pages, sections, app.pageSections)),
                SERVLETS + "/mentoring/section");
        context.addServlet(new ServletHolder("admin", new org.mentoring.web.AdminServlet(app.scopeAdministration, app.users,
                org.mentoring.host.AdminAccess.NONE, pages)), SERVLETS + "/mentoring/admin");
        context.addServlet(new ServletHolder("goal-board", new org.mentoring.web.GoalBoardServlet(app.goals, app.goalViews,
                app.relationshipViews, pages)), SERVLETS + "/mentoring/goals");
        context.addServlet(new ServletHolder("goal", new org.mentoring.web.GoalServlet(app.goals, app.goalViews, pages)),
                SERVLETS + "/mentoring/goal");
        context.addServlet(new ServletHolder("home", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if (!"/".equals(req.getRequestURI())) {
                    resp.sendError(404);
                    return;
                }
                resp.sendRedirect(SignInServlet.HOME);
            }
        }), "/");
    }
}
