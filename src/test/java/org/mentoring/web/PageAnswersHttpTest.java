package org.mentoring.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mentoring.goal.GoalInput;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.testing.TestHost;

/**
 * Every page and every fragment answers through the one servlet base: the same headers on every answer
 * (a page, "not found", a redirect to sign in, a fragment, "nothing here", a refused method), and every
 * full page comes out of the one shell.
 */
public class PageAnswersHttpTest {
    private static final PageLinks LINKS = PageLinks.RELATIVE;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static TestHost host;
    private static Relationship r;
    private static long goal;

    @BeforeClass
    public static void start() throws Exception {
        host = TestHost.start();
        r = host.app.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, null));
        host.app.graph.relationships().move("u-mara", r.id(), Move.ACCEPT, MoveRequest.none());
        goal = host.app.graph.goals().create("u-tomas", r.id(), new GoalInput("Lead a design review", null, null, null, null, null)).id();
    }

    @AfterClass
    public static void stop() throws Exception {
        host.close();
    }

    private static HttpResponse<String> send(String method, String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(host.base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String section(String id) {
        return PageLinks.ROOT + "/section?relationship=" + r.id() + "&section=" + id;
    }

    @Test
    public void everyPageAndFragmentAnswersWithTheSameHeaders() throws Exception {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("my mentoring", send("GET", LINKS.myMentoring(), "tomas"));
        answers.put("relationship", send("GET", LINKS.relationship(r.id()), "tomas"));
        answers.put("goal board", send("GET", LINKS.goalBoard(r.id()), "tomas"));
        answers.put("goal", send("GET", LINKS.goal(goal), "tomas"));
        answers.put("settings", send("GET", LINKS.admin(), "ada"));
        answers.put("page not found", send("GET", LINKS.relationship(r.id()), "zoe"));
        answers.put("settings for a non-administrator", send("GET", LINKS.admin(), "tomas"));
        answers.put("page for an anonymous visitor", send("GET", LINKS.goal(goal), null));
        answers.put("page HEAD", send("HEAD", LINKS.myMentoring(), "tomas"));
        answers.put("page POST", send("POST", LINKS.myMentoring(), "tomas"));
        answers.put("fragment", send("GET", section("goals"), "mara"));
        answers.put("fragment with nothing for the viewer", send("GET", section("goals"), "ada"));
        answers.put("fragment not found", send("GET", section("goals"), "zoe"));
        answers.put("fragment for an anonymous caller", send("GET", section("goals"), null));
        answers.put("fragment POST", send("POST", section("goals"), "mara"));

        Map<String, Integer> expectedStatus = new LinkedHashMap<>();
        List.of("my mentoring", "relationship", "goal board", "goal", "settings", "page HEAD", "fragment")
                .forEach(k -> expectedStatus.put(k, 200));
        List.of("page not found", "settings for a non-administrator", "fragment not found").forEach(k -> expectedStatus.put(k, 404));
        expectedStatus.put("page for an anonymous visitor", 302);
        expectedStatus.put("fragment with nothing for the viewer", 204);
        expectedStatus.put("fragment for an anonymous caller", 401);
        expectedStatus.put("page POST", 405);
        expectedStatus.put("fragment POST", 405);

        List<String> wrong = new ArrayList<>();
        answers.forEach((what, answer) -> {
            if (answer.statusCode() != expectedStatus.get(what)) {
                wrong.add(what + ": status " + answer.statusCode());
            }
            check(wrong, what, answer, "Content-Type", "text/html;charset=utf-8");
            check(wrong, what, answer, "Cache-Control", "no-store");
            check(wrong, what, answer, "X-Content-Type-Options", "nosniff");
        });
        assertEquals("answers that differ", List.of(), wrong);
        assertEquals("GET, HEAD", answers.get("page POST").headers().firstValue("Allow").orElse(""));
        assertEquals("", answers.get("fragment POST").body());
    }

    private static void check(List<String> wrong, String what, HttpResponse<String> answer, String header, String expected) {
        String actual = answer.headers().firstValue(header).orElse("(none)");
        if (!actual.replace(" ", "").equalsIgnoreCase(expected)) {
            wrong.add(what + ": " + header + " " + actual);
        }
    }

    @Test
    public void everyFullPageComesOutOfTheOneShell() throws Exception {
        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("my mentoring", send("GET", LINKS.myMentoring(), "tomas"));
        pages.put("relationship", send("GET", LINKS.relationship(r.id()), "tomas"));
        pages.put("goal board", send("GET", LINKS.goalBoard(r.id()), "tomas"));
        pages.put("goal", send("GET", LINKS.goal(goal), "tomas"));
        pages.put("settings", send("GET", LINKS.admin(), "ada"));
        pages.put("not found", send("GET", LINKS.goal(424242), "tomas"));
        for (Map.Entry<String, HttpResponse<String>> page : pages.entrySet()) {
            String html = page.getValue().body();
            assertThat(page.getKey(), html, startsWith("<!DOCTYPE html>\n<html lang=\"en\" class=\"aui-responsive\">\n<head>\n  <meta charset=\"utf-8\">\n"
                    + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <title>"));
            assertEquals(page.getKey() + ": one document", 1, count(html, "<!DOCTYPE"));
            assertEquals(page.getKey() + ": one body", 1, count(html, "<body class=\"aui-page-hybrid mentoring-page\" data-context-path=\"\""));
            assertEquals(page.getKey() + ": one main section", 1, count(html, "<section id=\"content\" role=\"main\">"));
            assertEquals(page.getKey() + ": the standalone header", 1, count(html, "id=\"signed-in-as\""));
            assertThat(page.getKey(), html.strip(), org.hamcrest.Matchers.endsWith("</body>\n</html>"));
        }
        assertEquals("the settings page asks for the host's admin decorator", 1,
                count(pages.get("settings").body(), "<meta name=\"decorator\" content=\"atl.admin\">"));
        for (String general : List.of("my mentoring", "relationship", "goal board", "goal", "not found")) {
            assertEquals(general, 1, count(pages.get(general).body(), "<meta name=\"decorator\" content=\"atl.general\">"));
        }
        assertThat(pages.get("goal").body(), org.hamcrest.Matchers.containsString(
                "<title>Goal: Lead a design review</title>"));
        assertThat(pages.get("goal").body(), org.hamcrest.Matchers.containsString(
                "data-context-path=\"\" data-goal=\"" + goal + "\" data-version=\""));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
