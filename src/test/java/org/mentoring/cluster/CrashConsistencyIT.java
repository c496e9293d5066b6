package org.mentoring.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Test;
import org.mentoring.testing.StoreTestDatabase;

/**
 * Crash consistency: the standalone host runs as a JVM of its own (as {@code mvn -Prun} starts it) on a file HSQLDB
 * database in a temporary folder — or on the PostgreSQL test database with {@code -Ppostgres} — takes writes from
 * several threads, and is killed ({@code kill -9}) in the middle of them. Started again on the same database,
 * every write it had acknowledged with a 2xx is there, as acknowledged.
 */
public class CrashConsistencyIT {
    private static final Pattern RUNNING = Pattern.compile("Mentoring is running at (http://\\S+?)/?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private final StringBuffer output = new StringBuffer();
    private Path data;

    @After
    public void stop() throws Exception {
        for (Process p : started) {
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** What was acknowledged: the path to read it back from, and the text it must hold. */
    record Acknowledged(String path, String field, String text) {
    }

    @Test(timeout = 400_000)
    public void everyAcknowledgedWriteSurvivesAKillMidWrite() throws Exception {
        List<String> database = database();
        long t0 = System.nanoTime();
        Host first = startHost(database);
        long t1 = System.nanoTime();
        long relationship = activeRelationship(first.base);

        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(new Thread(() -> write(first.base, relationship, writer, stop, sent, acknowledged), "writer-" + w));
        }
        writers.forEach(Thread::start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue("the host acknowledged writes before the kill: " + acknowledged.size() + "\n" + output,
                acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
        int sentAtKill = sent.get();
        first.process.destroyForcibly();   // SIGKILL: no shutdown hook, no orderly close of the database
        assertTrue("killed", first.process.waitFor(20, TimeUnit.SECONDS));
        stop.set(true);
        for (Thread t : writers) {
            t.join(30_000);
        }
        assertTrue("writes were still being sent when the host was killed", sent.get() > sentAtKill || sentAtKill > acknowledged.size());

        long t2 = System.nanoTime();
        Host second = startHost(database);
        System.out.printf("Crash consistency: first start %.1f s, %d writes acknowledged before the kill, restart %.1f s%n",
                (t1 - t0) / 1e9, acknowledged.size(), (System.nanoTime() - t2) / 1e9);
        List<String> missing = new ArrayList<>();
        for (Acknowledged a : Map.copyOf(acknowledged).values()) {
            HttpResponse<String> r = send(second.base, "mara", "GET", a.path(), null);
            if (r.statusCode() != 200 || !a.text().equals(JSON.readTree(r.body()).path(a.field()).asText())) {
                missing.add(a + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(missing.size() + " of " + acknowledged.size() + " acknowledged writes lost:\n" + String.join("\n", missing), List.of(), missing);
    }

    /** One writer: goals, sessions and feedback, each with a text of its own, as fast as the host takes them. */
    private void write(URI base, long relationship, int writer, AtomicBoolean stop, AtomicInteger sent, Map<String, Acknowledged> acknowledged) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (int i = 0; !stop.get(); i++) {
            String text = "crash-" + writer + "-" + i;
            String user = writer % 2 == 0 ? "tomas" : "mara";
            String path;
            String body;
            String field;
            switch (i % 3) {
                case 0 -> {
                    path = "/goals";
                    body = "{\"relationshipId\":" + relationship + ",\"title\":\"" + text + "\"}";
                    field = "title";
                }
                case 1 -> {
                    path = "/sessions";
                    body = "{\"relationshipId\":" + relationship + ",\"heldOn\":\"" + today + "\",\"topics\":\"" + text + "\"}";
                    field = "topics";
                }
                default -> {
                    path = "/feedback";
                    body = "{\"relationshipId\":" + relationship + ",\"kind\":\"STRENGTH\",\"text\":\"" + text + "\"}";
                    field = "text";
                }
            }
            sent.incrementAndGet();
            try {
                HttpResponse<String> r = send(base, user, "POST", path, body);
                if (r.statusCode() / 100 == 2) {
                    acknowledged.put(text, new Acknowledged(path + "/" + JSON.readTree(r.body()).get("id").asLong(), field, text));
                }
            } catch (IOException e) {
                return;   // the host is gone: what it never answered was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long activeRelationship(URI base) throws Exception {
        JsonNode list = JSON.readTree(send(base, "tomas", "GET", "/relationships?status=ACTIVE", null).body());
        assertEquals("the demo's active mentorship of mara and tomas: " + list, 1, list.get("values").size());
        return list.get("values").get(0).get("id").asLong();
    }

    private HttpResponse<String> send(URI base, String user, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/rest/mentoring/1.0" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The host's database options: a fresh folder for the embedded database, or the (emptied) PostgreSQL test database. */
    private List<String> database() throws IOException {
        if ("postgres".equals(StoreTestDatabase.kind())) {
            StoreTestDatabase.clean();
            return List.of("--db-url", property("mentoring.test.db.url", "jdbc:postgresql://127.0.0.1:5432/mentoring_test"),
                    "--db-user", property("mentoring.test.db.user", "mentoring"), "--db-password", property("mentoring.test.db.password", "mentoring"));
        }
        data = Files.createTempDirectory("mentoring-crash");
        return List.of("--data", data.toString());
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : value;
    }

    record Host(Process process, URI base) {
    }

    /**
     * Starts the host in a JVM of its own on a free port and waits until it says where it runs. After a kill the
     * embedded database's lock file outlives the process until HSQLDB sees it is stale: a start refused for that is
     * tried again.
     */
    private Host startHost(List<String> database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (true) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), "org.mentoring.host.standalone.StandaloneMain", "--port", "0"));
            command.addAll(database);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            started.add(p);
            CompletableFuture<URI> running = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        output.append(line).append('\n');
                        Matcher m = RUNNING.matcher(line.strip());
                        if (m.find()) {
                            running.complete(URI.create(m.group(1)));
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                }
                running.complete(null);
            }, "host-output");
            reader.setDaemon(true);
            reader.start();
            URI base = running.get(150, TimeUnit.SECONDS);   // generous: a shared, busy machine starts a JVM slowly
            if (base != null) {
                return new Host(p, base);
            }
            p.waitFor(10, TimeUnit.SECONDS);
            if (System.nanoTime() > deadline || p.exitValue() != 2) {
                throw new AssertionError("the host did not start (exit " + p.exitValue() + "):\n" + output);
            }
            Thread.sleep(1000);
        }
    }
}
