package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.mentoring.MentoringGraph;
import jakarta.servlet.ServletException;
import org.mentoring.web.MyMentoringServlet;
import org.mentoring.web.NotFoundServlet;
import org.mentoring.web.PageLinks;
import org.mentoring.web.PageResponder;
import org.mentoring.web.RelationshipServlet;
import org.mentoring.web.SectionServlet;

/** The plugin's page servlets, mounted where the hosts mount them (/plugins/servlet/mentoring/…). */
final class StandalonePages {
    private StandalonePages() {
    }

    static void register(StandaloneApp app, ServletContextHandler context) {
        MentoringGraph g = app.graph;
        PageResponder pages = g.pageResponder();
        context.addServlet(new ServletHolder("my-mentoring", new MyMentoringServlet(g.relationships(), g.relationshipViews(), g.goals(), g.agreements(),
                g.feedback(), pages)),
                PageLinks.ROOT + "/my");
        context.addServlet(new ServletHolder("relationship",
                new RelationshipServlet(g.relationships(), g.agreements(), g.relationshipViews(), pages, g.pageSections())),
                PageLinks.ROOT + "/relationship");
        context.addServlet(new ServletHolder("section", new SectionServlet(g.relationships(), pages, g.sectionRenderer(), g.pageSections())),
                PageLinks.ROOT + "/section");
        context.addServlet(new ServletHolder("admin", new org.mentoring.web.AdminServlet(g.scopeAdministration(), app.users,
                g.ports().adminAccess(), pages)), PageLinks.ROOT + "/admin");
        context.addServlet(new ServletHolder("admin-people", new PeopleAdminServlet(app.directoryAdministration, pages)),
                PageLinks.ROOT + "/admin/people");
        context.addServlet(new ServletHolder("my-data", new org.mentoring.web.PersonalDataServlet(g.personalDataExport(), pages)),
                PageLinks.ROOT + "/me/export");
        context.addServlet(new ServletHolder("privacy-admin", new org.mentoring.web.PrivacyAdminServlet(g.privacyAdministration(),
                g.ports().adminAccess(), pages)), PageLinks.ROOT + "/admin/privacy");
        context.addServlet(new ServletHolder("audit", new org.mentoring.web.AuditServlet(g.privacyAdministration(), app.users,
                g.ports().adminAccess(), pages)), PageLinks.ROOT + "/admin/audit");
        context.addServlet(new ServletHolder("goal-board", new org.mentoring.web.GoalBoardServlet(g.goals(), g.goalViews(),
                g.relationshipViews(), pages)), PageLinks.ROOT + "/goals");
        context.addServlet(new ServletHolder("goal", new org.mentoring.web.GoalServlet(g.goals(), g.goalViews(), pages)),
                PageLinks.ROOT + "/goal");
        context.addServlet(new ServletHolder("find-mentor", new org.mentoring.web.FindMentorServlet(g.directory(), g.mentorViews(), pages)),
                PageLinks.ROOT + "/mentors");
        context.addServlet(new ServletHolder("network", new org.mentoring.web.NetworkServlet(g.introductions(), g.introductionViews(), pages)),
                PageLinks.ROOT + "/network");
        NotFoundServlet notFound = new NotFoundServlet(pages);
        context.addServlet(new ServletHolder("not-found", notFound), PageLinks.ROOT + "/*");
        context.addServlet(new ServletHolder("preferences", new org.mentoring.web.PreferencesServlet(g.deliveryPreferences(), pages)),
                PageLinks.ROOT + "/preferences");
        context.addServlet(new ServletHolder("programs", new org.mentoring.web.ProgramsServlet(g.programs(), pages)),
                PageLinks.ROOT + "/programs");
        context.addServlet(new ServletHolder("program", new org.mentoring.web.ProgramServlet(g.programs(), g.enrolments(), g.applications(), app.users,
                pages)), PageLinks.ROOT + "/program");
        context.addServlet(new ServletHolder("program-dashboard", new org.mentoring.web.ProgramDashboardServlet(g.programDashboards(),
                pages)), PageLinks.ROOT + "/program-dashboard");
        context.addServlet(new ServletHolder("program-choose", new org.mentoring.web.ProgramChooseServlet(g.applications(), app.users,
                pages)), PageLinks.ROOT + "/program-choose");
        context.addServlet(new ServletHolder("program-applications", new org.mentoring.web.ProgramApplicationsServlet(g.applications(),
                app.users, pages)), PageLinks.ROOT + "/program-applications");
        context.addServlet(new ServletHolder("program-figures", new org.mentoring.web.ProgramFiguresServlet(g.programDashboards(),
                pages)), PageLinks.ROOT + "/program-figures");
        context.addServlet(new ServletHolder("program-matching", new org.mentoring.web.ProgramMatchingServlet(g.matching(), g.skills(),
                app.users, pages)), PageLinks.ROOT + "/program-matching");
        context.addServlet(new ServletHolder("home", new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
                if ("/".equals(req.getRequestURI()) && "GET".equals(req.getMethod())) {
                    resp.sendRedirect(SignInServlet.HOME);
                } else if (req.getAttribute(StandaloneAuthFilter.USER_KEY) != null) {
                    notFound.service((jakarta.servlet.ServletRequest) req, (jakarta.servlet.ServletResponse) resp); // a signed-in person gets the app's page, with its header and the way home
                } else {
                    resp.sendError(404);
                }
            }
        }), "/");
    }
}
