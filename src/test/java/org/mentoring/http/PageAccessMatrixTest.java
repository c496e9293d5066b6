package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.Server;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mentoring.http.AccessMatrixWorld.Who;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.host.standalone.WebResourceBatches;
import org.mentoring.web.RelationshipSection;

/**
 * The authorization matrix of the pages (/plugins/servlet/mentoring/…) and of every section of the relationship
 * page (the fragments the page loads, and Confluence's macros show): every page × every kind of caller, with the
 * status each must get — 200 (204 for a section with nothing for them: an administrator, who may know the
 * mentorship exists, reads none of its content), 404 for what they may not know exists, a
 * redirect to sign in (pages) or 401 (sections) when not signed in — and no marker of content the caller may not
 * read in any body. The pages come from the servlets the standalone host registers and the sections from the page's
 * section list, so a new one without a row fails {@link #everyPageAndSectionHasARow}. One host for the class.
 */
public class PageAccessMatrixTest {
    private static final String PAGES = "/plugins/servlet/mentoring/";
    /** The standalone host's own servlets: not the app's pages (the REST API has its own matrix). */
    private static final Set<String> HOST_OWN = Set.of("/", "/login", "/logout", StandaloneServer.REST_PATH + "/*",
            "/static/vendor/*", "/static/mentoring/*", WebResourceBatches.standard().prefix() + "/*",
            WebResourceBatches.standard().prefix() + "/vendor/*");

    private static AccessMatrixWorld world;
    private static List<Probe> probes;

    /** One page as every caller asks for it, and the status each must get. */
    record Probe(String page, String label, String path, Map<Who, Integer> expected) {
    }

    @BeforeClass
    public static void start() throws Exception {
        world = AccessMatrixWorld.start();
        probes = probes(world);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    /** The path specs of every servlet the running host serves. */
    static Set<String> servletPaths(StandaloneServer server) throws ReflectiveOperationException {
        for (Field f : StandaloneServer.class.getDeclaredFields()) {
            if (Server.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                Server jetty = (Server) f.get(server);
                ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
                Set<String> paths = new TreeSet<>();
                for (ServletMapping m : context.getServletHandler().getServletMappings()) {
                    paths.addAll(Arrays.asList(m.getPathSpecs()));
                }
                return paths;
            }
        }
        throw new AssertionError("StandaloneServer holds no Jetty Server");
    }

    @Test
    public void everyPageAndSectionHasARow() throws Exception {
        Set<String> served = new TreeSet<>();
        for (String path : servletPaths(world.host.server)) {
            if (path.startsWith(PAGES)) {
                served.add(path.substring(PAGES.length()));
            } else {
                assertTrue("a servlet that is neither an app page nor the host's own: " + path + " (add it to a matrix)", HOST_OWN.contains(path));
            }
        }
        for (RelationshipSection section : world.host.app.graph.pageSections().inOrder()) {
            served.add("section:" + section.id());
        }
        Set<String> covered = new TreeSet<>();
        probes.forEach(p -> covered.add(p.page()));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(covered);
        assertEquals("pages or sections without a row in the authorization matrix (add one)", Set.of(), missing);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(served);
        assertEquals("rows for pages no longer served", Set.of(), stale);
        assertTrue(served.toString(), served.size() >= 8);
    }

    @Test
    public void everyCallerGetsTheirAnswerAndSeesNothingThatIsNotTheirs() throws Exception {
        List<String> failures = new ArrayList<>();
        // The inactive person last: failed sign-ins are what throttling counts.
        for (Who who : new Who[] {Who.MENTOR, Who.MENTEE, Who.OTHER_MENTEE, Who.PROGRAM_MANAGER, Who.OTHER_PROGRAM_MANAGER, Who.ADMIN,
                Who.OUTSIDER, Who.ANONYMOUS, Who.INACTIVE}) {
            for (Probe p : probes) {
                HttpResponse<String> r = world.host.page(p.path(), who.user);
                int expected = p.expected().get(who);
                List<String> leaks = AccessMatrixWorld.leaks(who, r.body());
                boolean redirectToSignIn = expected != 302 || r.headers().firstValue("Location").orElse("").contains("/login");
                // Repeated failed sign-ins are throttled: an inactive person's later attempts may get 429.
                boolean throttled = who == Who.INACTIVE && r.statusCode() == 429 && (expected == 401 || expected == 302);
                if ((r.statusCode() != expected && !throttled) || !leaks.isEmpty() || (!redirectToSignIn && !throttled)) {
                    failures.add(p.page() + " " + who + " (" + p.label() + ": " + p.path() + "): expected " + expected + ", got "
                            + r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + (leaks.isEmpty() ? "" : " LEAKED " + leaks));
                }
            }
        }
        assertEquals(failures.size() + " wrong answers:\n" + String.join("\n", failures), List.of(), failures);
    }

    private static final Who[] OTHERS = {Who.OTHER_MENTEE, Who.OTHER_PROGRAM_MANAGER, Who.OUTSIDER};

    /** Members {@code member}, the program's manager {@code pm}, administrators {@code admin}, anyone else {@code others}. */
    static Map<Who, Integer> expect(int member, int pm, int admin, int others, int signedOut) {
        Map<Who, Integer> e = new EnumMap<>(Who.class);
        e.put(Who.MENTOR, member);
        e.put(Who.MENTEE, member);
        e.put(Who.PROGRAM_MANAGER, pm);
        e.put(Who.ADMIN, admin);
        for (Who o : OTHERS) {
            e.put(o, others);
        }
        e.put(Who.ANONYMOUS, signedOut);
        e.put(Who.INACTIVE, signedOut);
        return e;
    }

    private static List<Probe> probes(AccessMatrixWorld w) {
        long r = w.relationship;
        List<Probe> p = new ArrayList<>();
        p.add(new Probe("my", "My mentoring", PAGES + "my", expect(200, 200, 200, 200, 302)));
        p.add(new Probe("relationship", "the relationship page", PAGES + "relationship?id=" + r, expect(200, 200, 200, 404, 302)));
        p.add(new Probe("goals", "the goal board", PAGES + "goals?relationship=" + r, expect(200, 200, 404, 404, 302)));
        p.add(new Probe("goal", "a goal's page", PAGES + "goal?id=" + w.goal, expect(200, 200, 404, 404, 302)));
        p.add(new Probe("admin", "settings", PAGES + "admin", expect(404, 404, 200, 404, 302)));
        p.add(new Probe("admin/people", "the standalone host's people", PAGES + "admin/people", expect(404, 404, 200, 404, 302)));
        p.add(new Probe("me/export", "your data", PAGES + "me/export", expect(200, 200, 200, 200, 302)));
        p.add(new Probe("admin/privacy", "erasure and retention", PAGES + "admin/privacy", expect(404, 404, 200, 404, 302)));
        p.add(new Probe("admin/audit", "the audit log", PAGES + "admin/audit", expect(404, 404, 200, 404, 302)));
        p.add(new Probe("mentors", "Find a mentor", PAGES + "mentors?skill=kt", expect(200, 200, 200, 200, 302)));
        // Any other address under the app: its own "not found" page for everyone signed in.
        p.add(new Probe("*", "an address where no page is", PAGES + "no-such-page", expect(404, 404, 404, 404, 302)));
        // Everyone's own preferences; there is no way to ask for anyone else's (a user parameter is ignored).
        p.add(new Probe("preferences", "my notification preferences", PAGES + "preferences?user=u-mara", expect(200, 200, 200, 200, 302)));
        p.add(new Probe("section", "an unknown section", PAGES + "section?relationship=" + r + "&section=nonsense", expect(404, 404, 404, 404, 401)));
        p.add(new Probe("section:goals", "goals section", PAGES + "section?relationship=" + r + "&section=goals", expect(200, 200, 204, 404, 401)));
        // The program's manager sees the meeting schedule (how many, when next), never the log itself (the markers say).
        p.add(new Probe("section:sessions", "sessions section", PAGES + "section?relationship=" + r + "&section=sessions",
                expect(200, 200, 204, 404, 401)));
        p.add(new Probe("section:feedback", "feedback section", PAGES + "section?relationship=" + r + "&section=feedback",
                expect(200, 200, 204, 404, 401)));
        // Introductions: pair content (managers and administrators get nothing); My network is everyone's own.
        p.add(new Probe("section:introductions", "introductions section", PAGES + "section?relationship=" + r + "&section=introductions",
                expect(200, 204, 204, 404, 401)));
        p.add(new Probe("network", "My network", PAGES + "network", expect(200, 200, 200, 200, 302)));
        // Programs: open ones are for everyone to read and join; a draft and a dashboard are its managers' and administrators'.
        p.add(new Probe("programs", "Programs", PAGES + "programs", expect(200, 200, 200, 200, 302)));
        p.add(new Probe("program", "an open program's page", PAGES + "program?id=" + w.program, expect(200, 200, 200, 200, 302)));
        p.add(new Probe("program", "a draft program's page", PAGES + "program?id=" + w.draftProgram, expect(404, 200, 200, 404, 302)));
        p.add(new Probe("program-dashboard", "the program's dashboard", PAGES + "program-dashboard?id=" + w.program,
                expect(404, 200, 200, 404, 302)));
        p.add(new Probe("program-dashboard", "a missing program's dashboard", PAGES + "program-dashboard?id=99999",
                expect(404, 404, 404, 404, 302)));
        // Choosing (mentees choose): everyone in the program or running it gets the page — an applicant their candidates, a
        // chooser their applications, anyone else in it why they do not choose there; pia and oscar are not in it: 404.
        for (String page : List.of("program-choose", "program-applications")) {
            p.add(new Probe(page, "the choosing program's " + page, PAGES + page + "?id=" + w.choosingProgram, expect(200, 200, 200, 404, 302)));
            Map<Who, Integer> zoe = p.get(p.size() - 1).expected();
            zoe.put(Who.OTHER_MENTEE, 200);
            p.add(new Probe(page, "a missing program's " + page, PAGES + page + "?id=99999", expect(404, 404, 404, 404, 302)));
        }
        // The mentoring-program macro's fragment: the dashboard's people only, and a fragment's 401 when signed out.
        p.add(new Probe("program-figures", "the program's figures", PAGES + "program-figures?id=" + w.program,
                expect(404, 200, 200, 404, 401)));
        p.add(new Probe("program-figures", "a missing program's figures", PAGES + "program-figures?id=99999",
                expect(404, 404, 404, 404, 401)));
        // Manager matching: the program's managers and administrators; a manager of another program finds no page.
        p.add(new Probe("program-matching", "the program's matching", PAGES + "program-matching?id=" + w.program,
                expect(404, 200, 200, 404, 302)));
        p.add(new Probe("program-matching", "a missing program's matching", PAGES + "program-matching?id=99999",
                expect(404, 404, 404, 404, 302)));
        p.add(new Probe("program-matching", "a draft program's matching", PAGES + "program-matching?id=" + w.draftProgram,
                expect(404, 200, 200, 404, 302)));
        // The other mentorship: only its own people (zoe; pia, its program's manager; an administrator) learn it exists.
        long o = w.otherRelationship;
        Map<Who, Integer> other = expect(404, 404, 200, 404, 302);
        other.put(Who.OTHER_MENTEE, 200);
        other.put(Who.OTHER_PROGRAM_MANAGER, 200);
        p.add(new Probe("relationship", "another mentorship's page", PAGES + "relationship?id=" + o, other));
        Map<Who, Integer> otherGoals = expect(404, 404, 204, 404, 401);
        otherGoals.put(Who.OTHER_MENTEE, 200);
        otherGoals.put(Who.OTHER_PROGRAM_MANAGER, 200);
        p.add(new Probe("section:goals", "another mentorship's goals", PAGES + "section?relationship=" + o + "&section=goals", otherGoals));
        return p;
    }

}
