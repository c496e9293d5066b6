package org.mentoring.host.standalone;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty serving the REST API, the pages and static files, as Jira or Confluence would. */
public final class StandaloneServer implements AutoCloseable {
    public static final String REST_PATH = "/rest/mentoring/1.0";

    private final Server server;

    private StandaloneServer(Server server) {
        this.server = server;
    }

    /**
     * Starts on {@code port} (0: any free port) on the loopback interface unless {@code host} says otherwise.
     * {@code extraResources} join the REST application (the benchmark's hand-written baseline).
     */
    public static StandaloneServer start(StandaloneApp app, String host, int port, Object... extraResources) throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new RequestSizeLimitFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new StandaloneAuthFilter(app.cookies, app.users, app.signInThrottle)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.setErrorHandler(new ErrorPages.ForContext());
        server.setErrorHandler(new ErrorPages.ForServer());

        org.glassfish.jersey.server.ResourceConfig rest = app.restApplication();
        for (Object resource : extraResources) {
            rest.register(resource);
        }
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_PATH + "/*");
        SignInServlet signIn = new SignInServlet(app.cookies, app.users, app.signInThrottle);
        context.addServlet(new ServletHolder("signin", signIn), SignInServlet.PATH);
        context.addServlet(new ServletHolder("signout", signIn), SignInServlet.LOGOUT);
        StandalonePages.register(app, context);

        // Pages name the versioned URLs (WebResourceBatches): kept for a year. The plain ones are revalidated by ETag.
        WebResourceBatches batches = WebResourceBatches.standard();
        context.addServlet(new ServletHolder("batches", batches.servlet()), batches.prefix() + "/*");
        context.addServlet(staticFiles("versioned-vendor", "/static/vendor/", WebResourceBatches.CACHE_FOREVER), batches.prefix() + "/vendor/*");
        context.addServlet(staticFiles("vendor", "/static/vendor/", "no-cache"), "/static/vendor/*");
        context.addServlet(staticFiles("assets", "/web/", "no-cache"), "/static/mentoring/*");

        // Static text goes out compressed. Pages and API answers do not: they carry secrets (tokens) beside what a
        // visitor can make them reflect, which compression would leak (BREACH).
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedPaths("/static/*");
        gzip.setHandler(context);
        server.setHandler(gzip);
        server.start();
        return new StandaloneServer(server);
    }

    /** Files from a classpath folder: the vendored AUI, and the plugin's own JS/CSS (web resources in the hosts). */
    private static ServletHolder staticFiles(String name, String classpathFolder, String cacheControl) {
        java.net.URL folder = StandaloneServer.class.getResource(classpathFolder);
        if (folder == null) {
            throw new IllegalStateException("Missing static files on the classpath: " + classpathFolder);
        }
        ServletHolder holder = new ServletHolder(name, ResourceServlet.class);
        holder.setInitParameter("baseResource", folder.toExternalForm());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        holder.setInitParameter("cacheControl", cacheControl);
        holder.setInitParameter("etags", "true");
        return holder;
    }

    public URI baseUri() {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
