package org.mentoring.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Clock;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;

/**
 * The standalone host in-process on the test database (emptied first), on a free loopback port,
 * with the demo people (mara, tomas, zoe, pam, ada; password = user name) and mentoring switched on. Close it after use.
 */
public final class TestHost implements AutoCloseable {
    public final StandaloneApp app;
    public final StandaloneServer server;
    public final URI base;
    /** Its own connection pool: a pooled connection to a port an earlier (stopped) test host used would be stale. */
    private final HttpClient pages = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestHost(StandaloneApp app, StandaloneServer server) {
        this.app = app;
        this.server = server;
        this.base = server.baseUri();
    }

    public static TestHost start() throws Exception {
        return start(Clock.systemUTC());
    }

    public static TestHost start(Clock clock) throws Exception {
        return start(clock, DemoUsers.directory());
    }

    /** With other people than the demo's (e.g. one for every role the authorization matrix probes). */
    public static TestHost start(Clock clock, org.mentoring.host.standalone.InMemoryUserDirectory people) throws Exception {
        StoreTestDatabase.clean();
        StandaloneApp app = StandaloneApp.create(StoreTestDatabase.entityManager(), people, clock);
        app.scope.setOrgWide(true);
        return new TestHost(app, StandaloneServer.start(app, "127.0.0.1", 0));
    }

    /** GETs {@code path} (a page, "/plugins/servlet/…") as {@code user} over HTTP Basic, or anonymously; redirects not followed. */
    public HttpResponse<String> page(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return pages.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The REST API's base, e.g. http://127.0.0.1:41234/rest/mentoring/1.0 */
    public String rest() {
        return base + StandaloneServer.REST_PATH;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
