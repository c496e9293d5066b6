package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.testing.StoreTestDatabase;

/**
 * What every response of the standalone host says about itself: security headers, no caching of private
 * content, no server version, the documented error body for every refusal (including Jetty's and Jersey's
 * own), a cap on request bodies, and no exception text ever.
 */
public class WebSurfaceTest {
    private static final String REST = "/rest/mentoring/1.0";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private StandaloneServer server;
    private URI base;

    /** A resource with a bug: its exception names SQL, which must never reach the caller. */
    @Path("/test-failure")
    @UnrestrictedAccess
    public static class FailingResource {
        @GET
        public String fail() {
            throw new IllegalStateException("ERROR: relation \"AO_21F425_SECRET\" does not exist: SELECT NOTE FROM AO_21F425_SECRET");
        }
    }

    @Before
    public void start() throws Exception {
        StoreTestDatabase.clean();
        StandaloneApp app = StandaloneApp.create(StoreTestDatabase.entityManager(), DemoUsers.directory(), Clock.systemUTC());
        app.graph.scope().setOrgWide(true);
        server = StandaloneServer.start(app, "127.0.0.1", 0, new FailingResource());
        base = server.baseUri();
    }

    @After
    public void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String user, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return ApiClient.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static void assertErrorBody(String body, String message) {
        JsonNode json = json(body);
        assertEquals(body, message, json.get("errorMessages").get(0).asText());
        assertTrue(body, json.get("errors").isObject());
    }

    private static void assertNothingDisclosed(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String leak : List.of("jetty", "exception", "select ", "ao_", "jersey", "java.", "at org.")) {
            assertFalse("'" + leak + "' in " + body, lower.contains(leak));
        }
    }

    @Test
    public void everyResponseCarriesTheSecurityHeadersAndNoServerVersion() {
        for (String[] request : new String[][] {{"/login", null}, {"/plugins/servlet/mentoring/my", "tomas"}, {"/plugins/servlet/mentoring/my", null},
            {REST + "/relationships", "tomas"}, {REST + "/relationships", null}, {REST + "/no-such-thing", "tomas"},
            {"/plugins/servlet/mentoring/no-such-page", "tomas"}, {"/static/mentoring/js/rest-client.js", null},
            {"/static/vendor/aui/aui-prototyping.css", null}, {"/static/mentoring/js/no-such.js", null}}) {
            HttpResponse<String> r = send("GET", request[0], request[1]);
            String what = request[0] + " -> " + r.statusCode();
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(what + ": " + csp, csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                    && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'") && !csp.contains("unsafe"));
            assertEquals(what, "DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
            assertEquals(what, "same-origin", r.headers().firstValue("Referrer-Policy").orElse(null));
            assertEquals(what, "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertTrue(what, r.headers().firstValue("Server").isEmpty());
            assertTrue(what, r.headers().firstValue("X-Powered-By").isEmpty());
            String cache = r.headers().firstValue("Cache-Control").orElse("");
            if (request[0].startsWith("/static/") && r.statusCode() == 200) {
                assertFalse(what, cache.contains("no-store"));
            } else {
                assertEquals(what, "no-store", cache);
            }
        }
    }

    @Test
    public void unknownApiPathsAndMethodsGetTheDocumentedBody() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            HttpResponse<String> r = send(method, REST + "/no-such-thing/7", "tomas", "Content-Type", "application/json");
            assertEquals(method, 404, r.statusCode());
            assertErrorBody(r.body(), "There is nothing at this address.");
        }
        HttpResponse<String> wrongMethod = send("PATCH", REST + "/relationships", "tomas", "Content-Type", "application/json");
        assertEquals(405, wrongMethod.statusCode());
        assertErrorBody(wrongMethod.body(), "This address does not accept this method.");
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
    }

    @Test
    public void optionsSaysWhichMethodsAPathTakes() {
        for (String user : new String[] {"tomas", null}) {
            HttpResponse<String> r = send("OPTIONS", REST + "/relationships", user);
            assertEquals(200, r.statusCode());
            List<String> allowed = List.of(r.headers().firstValue("Allow").orElseThrow().replace(" ", "").split(","));
            assertTrue(allowed.toString(), allowed.containsAll(List.of("GET", "POST", "OPTIONS")));
        }
        HttpResponse<String> move = send("OPTIONS", REST + "/relationships/123/accept", null);
        assertEquals(200, move.statusCode());
        assertTrue(move.headers().firstValue("Allow").orElseThrow().contains("POST"));
        HttpResponse<String> nothing = send("OPTIONS", REST + "/no-such-thing", null);
        assertEquals(404, nothing.statusCode());
        assertErrorBody(nothing.body(), "There is nothing at this address.");
    }

    @Test
    public void a401SaysHowToAuthenticateExceptToThePagesOwnScripts() {
        HttpResponse<String> r = send("GET", REST + "/relationships", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Mentoring\""));
        assertErrorBody(r.body(), "Sign in to use mentoring.");
        HttpResponse<String> wrongPassword = send("GET", REST + "/relationships", "nobody");
        assertTrue(wrongPassword.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> fromPage = send("GET", REST + "/relationships", null, "Sec-Fetch-Dest", "empty", "Sec-Fetch-Mode", "cors");
        assertEquals(401, fromPage.statusCode());
        assertNull("no password dialog over the app's page", fromPage.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    private RawHttp.Reply post(String contentHeaders, byte[] body) {
        return RawHttp.send(base, null, "POST " + REST + "/relationships HTTP/1.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("tomas:tomas".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\n" + contentHeaders, body);
    }

    private static byte[] chunked(byte[] body) {
        String text = Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] proposal(int noteLength) {
        return ("{\"mentorKey\":\"u-mara\",\"menteeKey\":\"u-tomas\",\"note\":\"" + "x".repeat(noteLength) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void bodiesOverOneMebibyteAre413WithoutBeingRead() {
        RawHttp.Reply claimed = post("Content-Length: " + (2 * 1024 * 1024), null);
        assertEquals("answered on the declared length alone: the body was never sent", 413, claimed.status());
        assertErrorBody(claimed.body(), "The request is too large.");

        RawHttp.Reply chunked = post("Transfer-Encoding: chunked", chunked(proposal(3 * 1024 * 1024 / 2)));
        assertEquals(413, chunked.status());
        assertErrorBody(chunked.body(), "The request is too large.");

        byte[] justUnder = proposal(1024 * 1024 - 100);
        RawHttp.Reply under = post("Content-Length: " + justUnder.length, justUnder);
        assertEquals("under the cap the API reads it and names the field", 400, under.status());
        assertTrue(under.body(), json(under.body()).get("errors").has("note"));
        RawHttp.Reply underChunked = post("Transfer-Encoding: chunked", chunked(justUnder));
        assertEquals(underChunked.body(), 400, underChunked.status());
        assertTrue(underChunked.body(), json(underChunked.body()).get("errors").has("note"));

        byte[] fine = proposal(10);
        assertEquals("a chunked body under the cap works", 201, post("Transfer-Encoding: chunked", chunked(fine)).status());
    }

    @Test
    public void anUnexpectedFailureIsTheDocumentedBodyWithoutItsText() {
        HttpResponse<String> r = send("GET", REST + "/test-failure", null);
        assertEquals(500, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertErrorBody(r.body(), "Something went wrong on the server. It has been logged; if it keeps happening, tell your administrator.");
        assertNothingDisclosed(r.body());
        assertNotNull("a reference to find it in the log", r.headers().firstValue("X-Mentoring-Error-Reference").orElse(null));
    }

    @Test
    public void jettysOwnRefusalsAreTheAppsPages() {
        // Jetty refuses an ambiguous path before anything can tell it is the API's: the app's page, nothing of Jetty's.
        RawHttp.Reply ambiguous = RawHttp.send(base, null, "GET " + REST + "/relationships/%2e%2e/%2e%2e/x HTTP/1.1\r\nAccept: application/json", null);
        assertEquals(400, ambiguous.status());
        assertTrue(ambiguous.body(), ambiguous.body().contains("The request could not be understood."));
        assertNothingDisclosed(ambiguous.body());
        assertTrue(ambiguous.header("Content-Security-Policy") != null);

        for (String path : List.of("/..//x", "/%zz", "/plugins/servlet/mentoring/%2e%2e/%2e%2e/login")) {
            RawHttp.Reply r = RawHttp.send(base, null, "GET " + path + " HTTP/1.1", null);
            assertTrue(path + " -> " + r.status(), r.status() >= 400 && r.status() < 500);
            assertNothingDisclosed(r.body());
            assertNull(path, r.header("Server"));
        }
        HttpResponse<String> page = send("GET", "/plugins/servlet/mentoring/no-such-page", "tomas");
        assertEquals(404, page.statusCode());
        assertTrue(page.body(), page.body().contains("There is nothing at this address."));
        assertNothingDisclosed(page.body());
        HttpResponse<String> nowhere = send("GET", "/no/such/place", null);
        assertEquals(404, nowhere.statusCode());
        assertNothingDisclosed(nowhere.body());
    }
}
