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
 * The standalone host in-process on the test database, on a free loopback port, with the demo people (mara, tomas,
 * zoe, pam, ada; password = user name) and mentoring switched on. One host serves every test of the JVM: starting
 * Jetty and Jersey was most of the suite's time, so {@link #start} empties the database and hands back the running
 * host, and {@link #close} leaves it up for the next test (the JVM's end stops it).
 */
public final class TestHost implements AutoCloseable {
    private static final SwitchableClock CLOCK = new SwitchableClock();
    private static TestHost shared;

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

    /** The host on an empty database, telling time by {@code clock} until the next start. */
    public static synchronized TestHost start(Clock clock) throws Exception {
        StoreTestDatabase.clean();
        CLOCK.use(clock);
        if (shared == null) {
            StandaloneApp app = StandaloneApp.create(StoreTestDatabase.entityManager(), DemoUsers.directory(), CLOCK);
            StandaloneServer server = StandaloneServer.start(app, "127.0.0.1", 0);
            shared = new TestHost(app, server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    // the JVM is ending anyway
                }
            }, "test-host-stop"));
        }
        shared.app.graph.scope().setOrgWide(true);
        return shared;
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

    /** Leaves the host running for the next test ({@link #start} empties the database). */
    @Override
    public void close() {
        CLOCK.use(Clock.systemUTC());
    }
}
