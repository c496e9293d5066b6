package org.mentoring.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mentoring.http.ApiClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.testing.TestHost;

/** Requests racing over HTTP get 2xx or a 409 with the error body, never a 500. */
public class ApiRacesTest {
    private static final int CLIENTS = 6;

    private TestHost host;
    private ApiClient mara;
    private ApiClient tomas;
    private long relationship;
    private ExecutorService pool;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        mara = new ApiClient(host, "mara");
        tomas = new ApiClient(host, "tomas");
        relationship = tomas.post("/relationships", json("mentorKey", "u-mara", "menteeKey", "u-tomas")).json().get("id").asLong();
        mara.post("/relationships/" + relationship + "/accept", null);
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @After
    public void stop() throws Exception {
        pool.shutdownNow();
        host.close();
    }

    private List<ApiClient.Reply> together(List<Supplier<ApiClient.Reply>> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        List<CompletableFuture<ApiClient.Reply>> sent = new ArrayList<>();
        for (Supplier<ApiClient.Reply> request : requests) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return request.get();
            }, pool));
        }
        List<ApiClient.Reply> replies = new ArrayList<>();
        for (CompletableFuture<ApiClient.Reply> f : sent) {
            replies.add(f.get(180, TimeUnit.SECONDS));
        }
        return replies;
    }

    private static long count(List<ApiClient.Reply> replies, int status) {
        return replies.stream().filter(r -> r.status() == status).count();
    }

    @Test
    public void racingAcknowledgementsHaveOneWinnerAndTheOthersGet409() throws Exception {
        long feedback = mara.post("/feedback", json("relationshipId", relationship, "kind", "STRENGTH", "text", "Clear")).json().get("id").asLong();
        List<Supplier<ApiClient.Reply>> requests = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            requests.add(() -> tomas.post("/feedback/" + feedback + "/acknowledge", null));
        }
        List<ApiClient.Reply> replies = together(requests);
        assertEquals(replies.stream().map(ApiClient.Reply::body).toList().toString(), 1, count(replies, 200));
        assertEquals(CLIENTS - 1, count(replies, 409));
        for (ApiClient.Reply r : replies) {
            if (r.status() == 409) {
                assertTrue(r.body(), r.json().get("errorMessages").size() == 1);
            }
        }
    }

    @Test
    public void goalsCreatedAndMovedByBothMembersAtOnceSucceedOrGet409() throws Exception {
        long goal = tomas.post("/goals", json("relationshipId", relationship, "title", "Lead a review", "successCriteria", "Two", "targetDate", "2027-06-01"))
                .json().get("id").asLong();
        List<Supplier<ApiClient.Reply>> requests = new ArrayList<>();
        for (int i = 0; i < CLIENTS - 2; i++) {
            ApiClient who = i % 2 == 0 ? mara : tomas;
            String title = "Goal " + i;
            requests.add(() -> who.post("/goals", json("relationshipId", relationship, "title", title)));
        }
        requests.add(() -> mara.post("/goals/" + goal + "/transitions", json("id", 11)));
        requests.add(() -> tomas.post("/goals/" + goal + "/check-ins", json("progress", 30)));
        List<ApiClient.Reply> replies = together(requests);
        for (ApiClient.Reply r : replies) {
            assertTrue(r.status() + " " + r.body(), r.status() == 200 || r.status() == 201 || r.status() == 409);
        }
        assertEquals(CLIENTS - 2, count(replies, 201));
        ApiClient.Reply list = mara.get("/goals?relationshipId=" + relationship);
        assertEquals(CLIENTS - 1, list.json().get("total").asInt());
    }
}
