package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.TestHost;

/**
 * Failed sign-ins (the form and HTTP Basic) slow down and briefly lock further attempts for that user name
 * and client address, alike for names that exist and names that don't; a guesser elsewhere cannot keep the
 * owner out for long.
 */
public class SignInThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private TestHost host;

    @Before
    public void start() throws Exception {
        host = TestHost.start(clock);
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> api(String name, String password) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(host.rest() + "/relationships")).header("Authorization", basic(name, password)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<Integer> formAttempts(String name, String... passwords) {
        List<Integer> statuses = new ArrayList<>();
        WebBrowser browser = new WebBrowser(host.base);
        for (String password : passwords) {
            statuses.add(browser.signIn(name, password, null).statusCode());
        }
        return statuses;
    }

    @Test
    public void theFormSlowsDownThenLocksEvenTheRightPasswordBriefly() {
        assertEquals("three free tries, then the next must wait", List.of(401, 401, 401, 429, 429), formAttempts("tomas", "a", "b", "c", "d", "tomas"));
        HttpResponse<String> locked = new WebBrowser(host.base).signIn("tomas", "tomas", null);
        assertEquals(429, locked.statusCode());
        assertEquals("1", locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(locked.body().contains("Too many failed sign-ins. Try again in 1 seconds."));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("each further failure doubles the wait", List.of(401, 429), formAttempts("tomas", "e", "tomas"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(303), formAttempts("tomas", "tomas"));
        assertEquals("the right password forgave the name's failures", List.of(401, 401, 401, 429), formAttempts("tomas", "f", "g", "h", "i"));
    }

    @Test
    public void namesThatDoNotExistLockExactlyAlike() {
        List<Integer> real = formAttempts("zoe", "a", "b", "c", "d");
        List<Integer> unknown = formAttempts("nobody-at-all", "a", "b", "c", "d");
        assertEquals(real, unknown);
        assertEquals(List.of(401, 401, 401, 429), unknown);
    }

    @Test
    public void httpBasicIsThrottledLikeTheForm() {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, api("mara", "guess" + i).statusCode());
        }
        HttpResponse<String> locked = api("mara", "guess");
        assertEquals(429, locked.statusCode());
        assertEquals("1", locked.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("{\"errorMessages\":[\"Too many failed sign-ins. Try again in 1 seconds.\"],\"errors\":{}}", locked.body());
        assertEquals("not even the right password while locked", 429, api("mara", "mara").statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, api("mara", "mara").statusCode());
    }

    @Test
    public void aBurstOfGuessesAtOnceGetsNoMoreTriesThanOneAtATime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> burst = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String guess = "guess" + i;
                burst.add(CompletableFuture.supplyAsync(() -> api("zoe", guess).statusCode(), pool));
            }
            List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();
            assertEquals("only the free tries were checked: " + statuses, 3, statuses.stream().filter(s -> s == 401).count());
            assertEquals(57, statuses.stream().filter(s -> s == 429).count());
        } finally {
            pool.shutdown();
        }
        assertEquals("the right password straight after the burst is refused", 429, api("zoe", "zoe").statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("refused guesses did not lengthen the lock", 200, api("zoe", "zoe").statusCode());
    }

    @Test
    public void aGuesserElsewhereIsLockedOutLongerThanTheOwner() {
        String guesser = "127.0.0.2";
        int waited = 0;
        for (int i = 0; i < 40; i++) {
            RawHttp.Reply r = RawHttp.send(host.base, guesser, "GET /rest/mentoring/1.0/relationships HTTP/1.1\r\nAuthorization: " + basic("mara", "guess" + i), null);
            if (r.status() == 429) {
                waited = Integer.parseInt(r.header("Retry-After"));
                if (waited > 60) {
                    break;
                }
                clock.advance(Duration.ofSeconds(waited));
            } else {
                assertEquals(401, r.status());
            }
        }
        assertTrue("the guesser's address must wait long: " + waited + " s", waited > 60);
        clock.advance(Duration.ofSeconds(60));
        assertEquals("a minute on, the owner signs in from her own address", 200, api("mara", "mara").statusCode());
        assertEquals("the guesser still waits", 429,
                RawHttp.send(host.base, guesser, "GET /rest/mentoring/1.0/relationships HTTP/1.1\r\nAuthorization: " + basic("mara", "x"), null).status());
        assertEquals("even for other names", 429,
                RawHttp.send(host.base, guesser, "GET /rest/mentoring/1.0/relationships HTTP/1.1\r\nAuthorization: " + basic("tomas", "x"), null).status());
        assertEquals("and through the form", 429, formFrom(guesser));
    }

    private int formFrom(String address) {
        RawHttp.Reply page = RawHttp.send(host.base, address, "GET /login HTTP/1.1", null);
        String nonce = page.header("Set-Cookie").split(";", 2)[0];
        String body = "username=tomas&password=tomas&token=" + WebBrowser.token(page.body());
        return RawHttp.send(host.base, address, "POST /login HTTP/1.1\r\nCookie: " + nonce
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length(), body.getBytes(StandardCharsets.UTF_8)).status();
    }

}
