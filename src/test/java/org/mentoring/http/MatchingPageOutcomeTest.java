package org.mentoring.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.testing.FormalProgram;
import org.mentoring.testing.TestHost;

/**
 * The matching page after publishing, over HTTP: per pair, whose acceptance its proposal waits for (both, or one,
 * named), then live or declined (by whom) — the status and answers only, never a note, for the program's manager; a
 * member of the pair is shown no matching page.
 */
public class MatchingPageOutcomeTest {
    private TestHost host;
    private long program;
    private long relationship;

    @Before
    public void start() throws Exception {
        host = TestHost.start();
        program = FormalProgram.open(host.app.graph, "u-pam", "u-mara", "u-tomas");
        host.app.graph.matching().publish("u-pam", program, host.app.graph.matching().run("u-pam", program).seq());
        relationship = host.app.graph.matching().pairs("u-pam", program, PageRequest.first(5)).values().get(0).relationshipId();
    }

    @After
    public void stop() throws Exception {
        host.close();
    }

    private String page(String user) throws Exception {
        var reply = host.page("/plugins/servlet/mentoring/program-matching?id=" + program, user);
        assertEquals(200, reply.statusCode());
        return reply.body();
    }

    @Test
    public void eachPublishedPairSaysWhoseAcceptanceItWaitsForThenThatItIsLive() throws Exception {
        String fresh = page("pam");
        assertThat(fresh, containsString("data-outcome=\"WAITING_FOR_BOTH\""));
        assertThat(fresh, containsString("Waiting for both to accept"));

        host.app.graph.relationships().move("u-mara", relationship, Move.ACCEPT, MoveRequest.none());
        String one = page("pam");
        assertThat(one, containsString("data-outcome=\"WAITING_FOR_MENTEE\""));
        assertThat(one, containsString("Tomáš Novák has not accepted yet; Mara Okafor has."));
        assertThat("an administrator sees it too", page("ada"), containsString("Tomáš Novák has not accepted yet; Mara Okafor has."));

        host.app.graph.relationships().move("u-tomas", relationship, Move.ACCEPT, MoveRequest.none());
        String live = page("pam");
        assertThat(live, containsString("data-outcome=\"LIVE\""));
        assertThat(live, containsString("Live: both accepted"));
        assertThat(live, not(containsString("has not accepted yet")));

        assertEquals("a member of the pair finds no matching page", 404,
                host.page("/plugins/servlet/mentoring/program-matching?id=" + program, "tomas").statusCode());
    }

    @Test
    public void aDeclinedPairSaysWhichMemberDeclinedButNotWhy() throws Exception {
        host.app.graph.relationships().move("u-mara", relationship, Move.ACCEPT, MoveRequest.none());
        host.app.graph.relationships().move("u-tomas", relationship, Move.DECLINE,
                new MoveRequest("Mara's calendar is too full for me", null, null));
        String declined = page("pam");
        assertThat(declined, containsString("data-outcome=\"DECLINED\""));
        assertThat(declined, containsString("Tomáš Novák declined it."));
        assertThat("not the other member", declined, not(containsString("Mara Okafor declined it.")));
        assertThat("never the decliner's note", declined, not(containsString("calendar is too full")));
        assertThat(declined, not(containsString("has not accepted yet")));
        assertThat("an administrator sees who declined too", page("ada"), containsString("Tomáš Novák declined it."));
    }
}
