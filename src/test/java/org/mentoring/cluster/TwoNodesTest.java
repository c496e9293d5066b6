package org.mentoring.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.After;
import org.junit.Before;
import org.mentoring.admin.ScopeAdministration;
import org.mentoring.error.ForbiddenException;
import org.junit.Test;
import org.mentoring.host.standalone.DemoData;
import org.mentoring.host.standalone.DemoUsers;
import org.mentoring.host.ScheduledJob;
import org.mentoring.host.standalone.ClaimedJobScheduler;
import org.mentoring.relationship.ProposalExpiryJob;
import org.mentoring.host.standalone.SessionCookies;
import org.mentoring.host.standalone.StandaloneApp;
import org.mentoring.host.standalone.StandaloneServer;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipFilter;
import org.mentoring.paging.PageRequest;
import org.mentoring.testing.MutableClock;
import org.mentoring.testing.StoreTestDatabase;

/** Two standalone hosts on one database behave as one: no node keeps state the other needs. */
public class TwoNodesTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-02T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneApp appA;
    private StandaloneApp appB;
    private StandaloneServer nodeA;
    private StandaloneServer nodeB;

    @Before
    public void start() throws Exception {
        StoreTestDatabase.clean();
        appA = StandaloneApp.create(StoreTestDatabase.entityManager(), DemoUsers.directory(), clock);
        appB = StandaloneApp.create(StoreTestDatabase.secondNode(), DemoUsers.directory(), clock);
        nodeA = StandaloneServer.start(appA, "127.0.0.1", 0);
        nodeB = StandaloneServer.start(appB, "127.0.0.1", 0);
        appA.graph.scope().setOrgWide(true);
    }

    @Test
    public void switchingMentoringOffOnOneNodeStopsNewMentorshipsOnBoth() {
        appB.graph.scopeAdministration().update("u-ada", new ScopeAdministration.ScopeInput(false, null, null));
        for (StandaloneApp node : new StandaloneApp[] {appA, appB}) {
            try {
                node.graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null));
                throw new AssertionError("a mentorship started while mentoring was switched off");
            } catch (ForbiddenException expected) {
                assertEquals("mentoring.scope.off", expected.problems().get(0).key());
            }
        }
        appA.graph.scopeAdministration().update("u-ada", new ScopeAdministration.ScopeInput(true, null, null));
        assertEquals("PROPOSED", appB.graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null))
                .status().name());
    }

    @After
    public void stop() throws Exception {
        nodeA.close();
        nodeB.close();
    }

    private HttpResponse<String> send(StandaloneServer node, String method, String path, String cookie, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUri() + path)).header("Cookie", SessionCookies.NAME + "=" + cookie);
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void aSignInOnOneNodeIsValidOnTheOther() throws Exception {
        String cookie = appA.cookies.issue("u-tomas");
        HttpResponse<String> onB = send(nodeB, "GET", "/rest/mentoring/1.0/relationships", cookie, null);
        assertEquals("the cookie secret is shared through the database", 200, onB.statusCode());
        HttpResponse<String> proposed = send(nodeA, "POST", "/rest/mentoring/1.0/relationships", cookie,
                "{\"mentorKey\":\"u-mara\",\"menteeKey\":\"u-tomas\"}");
        assertEquals(201, proposed.statusCode());
        String maraCookie = appB.cookies.issue("u-mara");
        HttpResponse<String> accepted = send(nodeB, "POST", "/rest/mentoring/1.0/relationships/"
                + proposed.body().replaceAll(".*?\"id\":(\\d+).*", "$1") + "/accept", maraCookie, "{}");
        assertEquals("a proposal made on one node is accepted on the other", 200, accepted.statusCode());
    }

    @Test
    public void demoDataIsSeededOnceWhicheverNodeStartsFirst() throws Exception {
        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> DemoData.seedOnce(appA));
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> DemoData.seedOnce(appB));
        assertEquals("exactly one node seeds", 1, List.of(a.get(), b.get()).stream().filter(x -> x).count());
        var tomas = appA.graph.relationships().listMine("u-tomas", RelationshipFilter.all(), PageRequest.first(10));
        assertEquals(1, tomas.total());
        long active = tomas.values().get(0).id();
        assertEquals("demo feedback both ways; the mentor's blind-round feedback stays hidden from Tomáš", 3,
                appB.graph.feedback().ofRelationship("u-tomas", active, null, PageRequest.first(10)).feedback().total());
        assertEquals(4, appB.graph.feedback().ofRelationship("u-mara", active, null, PageRequest.first(10)).feedback().total());
    }

    @Test
    public void aScheduledOccurrenceRunsOnOneNodeOnly() {
        ClaimedJobScheduler schedulerA = new ClaimedJobScheduler(appA.store, appA.transactions, clock);
        ClaimedJobScheduler schedulerB = new ClaimedJobScheduler(appB.store, appB.transactions, clock);
        ScheduledJob expiryA = new ProposalExpiryJob(appA.graph.relationships());
        ScheduledJob expiryB = new ProposalExpiryJob(appB.graph.relationships());
        Relationship r = appA.graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null));
        clock.advance(Duration.ofDays(15));
        assertEquals("node A claimed this hour and expired the proposal", "1 proposals expired", schedulerA.runIfClaimed(expiryA));
        assertNull("node B found the hour claimed and did nothing", schedulerB.runIfClaimed(expiryB));
        assertEquals("EXPIRED", appB.graph.relationships().get("u-zoe", r.id()).status().name());
        Relationship later = appB.graph.relationships().propose("u-pam", new Proposal("u-mara", "u-pam", "INFORMAL", null, null));
        clock.advance(Duration.ofDays(15));
        assertEquals("a later hour is claimed afresh, here by node B", "1 proposals expired", schedulerB.runIfClaimed(expiryB));
        assertNull(schedulerA.runIfClaimed(expiryA));
        assertEquals("EXPIRED", appA.graph.relationships().get("u-pam", later.id()).status().name());
    }

    private static ScheduledJob reminderJob(StandaloneApp app) {
        return app.graph.jobs().stream().filter(j -> j.id().equals(org.mentoring.reminder.ReminderJob.ID)).findFirst().orElseThrow();
    }

    private long reminders(String recipient) {
        return appA.store.count(org.mentoring.notification.NotificationEntity.class, net.java.ao.Query.select().where(
                org.mentoring.notification.NotificationEntity.RECIPIENT_KEY + " = ? AND " + org.mentoring.notification.NotificationEntity.MESSAGE_KEY
                        + " LIKE ?", recipient, "mentoring.reminder.notify.%"));
    }

    @Test
    public void aReminderFiresOnTimeExactlyOnceAcrossTwoNodesAndRestarts() throws Exception {
        appA.graph.relationships().propose("u-zoe", new Proposal("u-mara", "u-zoe", "INFORMAL", null, null));
        for (int hours : new int[] {1, 23, 24, 23}) { // after 1, 24, 48 and 71 hours
            clock.advance(Duration.ofHours(hours));
            ClaimedJobScheduler a = new ClaimedJobScheduler(appA.store, appA.transactions, clock);
            ClaimedJobScheduler b = new ClaimedJobScheduler(appB.store, appB.transactions, clock);
            a.runIfClaimed(reminderJob(appA));
            b.runIfClaimed(reminderJob(appB));
            a.close();
            b.close();
        }
        assertEquals("71 hours after the proposal: not yet", 0, reminders("u-mara"));
        clock.advance(Duration.ofHours(1));
        ClaimedJobScheduler a = new ClaimedJobScheduler(appA.store, appA.transactions, clock);
        ClaimedJobScheduler b = new ClaimedJobScheduler(appB.store, appB.transactions, clock);
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> a.runIfClaimed(reminderJob(appA)));
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> b.runIfClaimed(reminderJob(appB)));
        assertEquals("one node ran the hour", 1, java.util.stream.Stream.of(onA.get(), onB.get()).filter(java.util.Objects::nonNull).count());
        assertEquals("three days: Mara is reminded once", 1, reminders("u-mara"));
        // Restarts and overlapping runs outside the scheduler (a node whose clock is ahead, a rerun after a crash)
        // race for the same occurrence: its key in the database lets one of them send it.
        for (int i = 0; i < 3; i++) {
            CompletableFuture<String> runA = CompletableFuture.supplyAsync(() -> reminderJob(appA).run());
            CompletableFuture<String> runB = CompletableFuture.supplyAsync(() -> reminderJob(appB).run());
            runA.get();
            runB.get();
        }
        assertEquals("still once", 1, reminders("u-mara"));
        assertEquals(1, appB.graph.notificationInbox().of("u-mara", java.util.Locale.ENGLISH, PageRequest.first(10)).page().values().stream()
                .filter(i -> i.message().contains("waiting for your answer")).count());
        a.close();
        b.close();
    }

    @Test
    public void twoNodesRacingForOneOccurrenceRunItOnce() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledJob counted = new ScheduledJob() {
            @Override
            public String id() {
                return "test.counted";
            }

            @Override
            public Duration interval() {
                return Duration.ofMinutes(5);
            }

            @Override
            public String run() {
                return "run " + runs.incrementAndGet();
            }
        };
        for (int occurrence = 0; occurrence < 5; occurrence++) {
            ClaimedJobScheduler a = new ClaimedJobScheduler(appA.store, appA.transactions, clock);
            ClaimedJobScheduler b = new ClaimedJobScheduler(appB.store, appB.transactions, clock);
            CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> a.runIfClaimed(counted));
            CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> b.runIfClaimed(counted));
            long ran = java.util.stream.Stream.of(onA.get(), onB.get()).filter(java.util.Objects::nonNull).count();
            assertEquals("occurrence " + occurrence + " ran on exactly one node", 1, ran);
            a.close();
            b.close();
            clock.advance(Duration.ofMinutes(5));
        }
        assertEquals(5, runs.get());
    }

    @Test
    public void racingAcceptsOnTwoNodesLeaveOneResult() throws Exception {
        Relationship r = appA.graph.relationships().propose("u-tomas", new Proposal("u-mara", "u-tomas", "INFORMAL", null, null));
        String cookie = appA.cookies.issue("u-mara");
        String path = "/rest/mentoring/1.0/relationships/" + r.id() + "/accept";
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> call(nodeA, path, cookie));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> call(nodeB, path, cookie));
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
        assertEquals("one node accepts, the other is told it changed: " + statuses, List.of(200, 409),
                statuses.stream().sorted().toList());
        assertEquals(2, appB.graph.relationships().get("u-mara", r.id()).version());
    }

    @Test
    public void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String cookie = appA.cookies.issue("u-tomas");
        assertEquals(200, send(nodeB, "GET", "/rest/mentoring/1.0/relationships", cookie, null).statusCode());
        HttpRequest signOut = HttpRequest.newBuilder(URI.create(nodeA.baseUri() + "/logout"))
                .header("Cookie", SessionCookies.NAME + "=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", nodeA.baseUri().toString())
                .POST(HttpRequest.BodyPublishers.ofString("token=" + appA.cookies.signOutToken("u-tomas"))).build();
        assertEquals(303, http.send(signOut, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals("signed out on node A: refused on node B", 401, send(nodeB, "GET", "/rest/mentoring/1.0/relationships", cookie, null).statusCode());
        assertEquals(401, send(nodeA, "GET", "/rest/mentoring/1.0/relationships", cookie, null).statusCode());
        assertEquals("a new sign-in works on both", 200,
                send(nodeB, "GET", "/rest/mentoring/1.0/relationships", appA.cookies.issue("u-tomas"), null).statusCode());
    }

    @Test
    public void failedSignInsOnOneNodeCountOnTheOther() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(401, basic(nodeA, "mara", "guess" + i).statusCode());
        }
        assertEquals("the fourth guess, on node B, must wait", 429, basic(nodeB, "mara", "guess").statusCode());
        assertEquals("so must the right password, on either node", 429, basic(nodeB, "mara", "mara").statusCode());
        assertEquals(429, basic(nodeA, "mara", "mara").statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, basic(nodeB, "mara", "mara").statusCode());
    }

    @Test
    public void aPersonDeactivatedOnOneNodeIsInactiveOnTheOther() throws Exception {
        String ada = appA.cookies.issue("u-ada");
        String tomas = appA.cookies.issue("u-tomas");
        assertEquals(200, send(nodeB, "GET", "/rest/mentoring/1.0/relationships", tomas, null).statusCode());
        assertEquals(200, send(nodeA, "PUT", "/rest/mentoring/1.0/admin/users/u-tomas/active", ada, "{\"active\":false}").statusCode());
        assertFalse("node B's directory says so", appB.users.find("u-tomas").orElseThrow().active());
        assertEquals("deactivated on node A: refused on node B", 401, send(nodeB, "GET", "/rest/mentoring/1.0/relationships", tomas, null).statusCode());
        assertEquals(401, basic(nodeB, "tomas", "tomas").statusCode());
        assertTrue(send(nodeB, "GET", "/rest/mentoring/1.0/admin/users?query=tomas", ada, null).body().contains("\"active\":false"));

        assertEquals(200, send(nodeB, "PUT", "/rest/mentoring/1.0/admin/users/u-tomas/active", ada, "{\"active\":true}").statusCode());
        assertTrue("reactivated on node B: active on node A", appA.users.find("u-tomas").orElseThrow().active());
        assertEquals(200, basic(nodeA, "tomas", "tomas").statusCode());
    }

    private HttpResponse<String> basic(StandaloneServer node, String name, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUri() + "/rest/mentoring/1.0/relationships"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":" + password).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(StandaloneServer node, String path, String cookie) {
        try {
            return send(node, "POST", path, cookie, "{}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
