package org.mentoring.host.standalone;

import org.mentoring.host.ScheduledWork;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import net.java.ao.EntityManager;

/**
 * Runs the app without Jira or Confluence: {@code mvn -Prun}. Options (or environment variables):
 * {@code --port} (MENTORING_PORT, default 2990), {@code --data} (MENTORING_DATA, default ./data, the
 * embedded database's folder), {@code --db-url}/{@code --db-user}/{@code --db-password}
 * (MENTORING_DB_URL/_USER/_PASSWORD) for PostgreSQL instead; {@code --base-url} (MENTORING_BASE_URL) for links in
 * mail; mail by SMTP with {@code --smtp-host} (MENTORING_SMTP_HOST; without it mail is written to the log),
 * {@code --smtp-port} (MENTORING_SMTP_PORT, 587 with TLS, else 25), {@code --smtp-tls} (MENTORING_SMTP_TLS, true for
 * STARTTLS, default false), {@code --smtp-user}/{@code --smtp-password} (MENTORING_SMTP_USER/_PASSWORD),
 * {@code --mail-from} (MENTORING_MAIL_FROM, default mentoring@localhost) and {@code --mail-domain}
 * (MENTORING_MAIL_DOMAIN, default example.org: the demo people's addresses are user name @ this domain).
 */
public final class StandaloneMain {
    /** Jersey warns about resources registered as instances (they are served all the same); held so the level sticks. */
    private static final java.util.logging.Logger JERSEY_INTERNALS = java.util.logging.Logger.getLogger("org.glassfish.jersey.internal");

    private StandaloneMain() {
    }

    public static void main(String[] args) throws Exception {
        JERSEY_INTERNALS.setLevel(java.util.logging.Level.SEVERE);
        Map<String, String> options = parse(args);
        int port = Integer.parseInt(option(options, "port", "MENTORING_PORT", "2990"));
        String dbUrl = option(options, "db-url", "MENTORING_DB_URL", null);
        String user;
        String password;
        boolean embedded = dbUrl == null;
        if (embedded) {
            Path data = Path.of(option(options, "data", "MENTORING_DATA", "data")).toAbsolutePath();
            Files.createDirectories(data);
            dbUrl = "jdbc:hsqldb:file:" + data.resolve("mentoring") + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.lock_file=true";
            user = "SA";
            password = "";
        } else {
            user = option(options, "db-user", "MENTORING_DB_USER", "");
            password = option(options, "db-password", "MENTORING_DB_PASSWORD", "");
        }

        StandaloneApp app;
        try {
            EntityManager em = Databases.open(dbUrl, user, password, embedded ? null : "public");
            app = StandaloneApp.create(em, DemoUsers.withCohort(), Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Cannot open the database at " + redact(dbUrl) + ":");
            System.err.println("  " + rootMessage(e));
            System.err.println(embedded
                    ? "Is another copy of the app running on the same data folder? Stop it, or use --data to pick another folder."
                    : "Check the URL, user and password (--db-url, --db-user, --db-password), and that the database exists.");
            System.exit(2);
            return;
        }
        boolean seeded = DemoData.seedOnce(app);
        StandaloneServer server;
        try {
            server = StandaloneServer.start(app, "localhost", port);
        } catch (java.io.IOException e) {
            System.err.println("Cannot listen on port " + port + " (" + rootMessage(e) + "). Use --port to pick another.");
            System.exit(2);
            return;
        }
        // The same jobs the plugin schedules in Jira and Confluence, once per cluster through database claims.
        ClaimedJobScheduler jobs = new ClaimedJobScheduler(app.store, app.transactions, app.clock);
        ScheduledWork scheduled = new ScheduledWork(jobs, app.graph.jobs());
        scheduled.start();

        String base = server.baseUri().toString();
        app.links.baseUrl(option(options, "base-url", "MENTORING_BASE_URL", base));
        String mailTo = configureMail(app, options);
        System.out.println();
        System.out.println("Mentoring is running at " + base + "/");
        System.out.println("  Database: " + (embedded ? "embedded, in " + new File(dbUrl.substring(17, dbUrl.indexOf(';'))).getParent() : redact(dbUrl))
                + (seeded ? " (demo data added)" : ""));
        System.out.println("  Sign in as (password = user name):");
        for (String[] demo : DemoUsers.SIGN_INS) {
            System.out.printf("    %-6s %s%n", demo[0], demo[1]);
        }
        System.out.println("  REST API: " + base + StandaloneServer.REST_PATH + "/relationships");
        System.out.println("  Mail: " + mailTo);
        System.out.println("Press Ctrl-C to stop.");

        CountDownLatch stopped = new CountDownLatch(1);
        final String url = dbUrl;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                scheduled.stop();
                jobs.close();
                server.close();
                if (embedded) {
                    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                }
                System.out.println("Mentoring stopped.");
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "mentoring-shutdown"));
        stopped.await();
    }

    /** SMTP when --smtp-host is set, else the log; says which. */
    private static String configureMail(StandaloneApp app, Map<String, String> options) {
        String host = option(options, "smtp-host", "MENTORING_SMTP_HOST", null);
        if (host == null) {
            return "written to the log (set --smtp-host to send)";
        }
        boolean tls = Boolean.parseBoolean(option(options, "smtp-tls", "MENTORING_SMTP_TLS", "false"));
        int port = Integer.parseInt(option(options, "smtp-port", "MENTORING_SMTP_PORT", tls ? "587" : "25"));
        String domain = option(options, "mail-domain", "MENTORING_MAIL_DOMAIN", "example.org");
        app.mail.use(new SmtpMail(new SmtpMail.Config(host, port, tls, option(options, "smtp-user", "MENTORING_SMTP_USER", null),
                option(options, "smtp-password", "MENTORING_SMTP_PASSWORD", null),
                option(options, "mail-from", "MENTORING_MAIL_FROM", "mentoring@localhost")),
                key -> app.users.find(key).map(p -> p.name() + "@" + domain)));
        return "SMTP " + host + ":" + port + (tls ? " (STARTTLS)" : "");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Missing a value for " + arg);
            }
        }
        return options;
    }

    private static String option(Map<String, String> options, String name, String env, String fallback) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
