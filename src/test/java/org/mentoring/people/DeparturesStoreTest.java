package org.mentoring.people;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mentoring.testing.MentoringFixture.MENTEE;
import static org.mentoring.testing.MentoringFixture.MENTEE2;
import static org.mentoring.testing.MentoringFixture.MENTOR;
import static org.mentoring.testing.MentoringFixture.OUTSIDER;

import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mentoring.host.Notifications.Notification;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.HistoryEntry;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.testing.MentoringFixture;
import org.mentoring.testing.Race;

/** People who leave the host, on a real database (HSQLDB, or PostgreSQL with -Ppostgres). */
public class DeparturesStoreTest {
    private MentoringFixture f;
    private Departures departures;
    private Relationship active;
    private Relationship proposedToMara;
    private Relationship proposedByMara;
    private Relationship completed;

    @Before
    public void setUp() {
        f = new MentoringFixture();
        departures = f.graph.departures();
        f.profiles.save(MENTOR, MENTOR, ProfileServiceStoreTest.mentorProfile(List.of(), List.of("en"), null, 4));
        active = f.relationships.propose(MENTEE, new Proposal(MENTOR, MENTEE, "INFORMAL", null, null));
        active = f.relationships.move(MENTOR, active.id(), Move.ACCEPT, MoveRequest.none());
        proposedToMara = f.relationships.propose(MENTEE2, new Proposal(MENTOR, MENTEE2, "INFORMAL", null, null));
        proposedByMara = f.relationships.propose(MENTOR, new Proposal(MENTOR, OUTSIDER, "INFORMAL", null, null));
        f.told.clear();
    }

    private RelationshipStatus status(Relationship r) {
        return f.relationships.find(r.id()).orElseThrow().status();
    }

    private boolean listed(String userKey) {
        return f.directory.search(MENTEE, DirectoryFilter.none(), PageRequest.first(50)).values().stream()
                .anyMatch(m -> m.userKey().equals(userKey));
    }

    private void leave(String userKey) {
        f.users.setActive(userKey, false);
        departures.departed(userKey);
    }

    @Test
    public void aMentorWhoLeavesIsPausedWithdrawnAndOutOfTheDirectoryAndTheOthersAreTold() {
        assertTrue(listed(MENTOR));
        leave(MENTOR);

        assertEquals(RelationshipStatus.PAUSED, status(active));
        assertEquals(RelationshipStatus.WITHDRAWN, status(proposedToMara));
        assertEquals(RelationshipStatus.WITHDRAWN, status(proposedByMara));
        assertFalse(listed(MENTOR));
        List<String> told = f.told.stream().map(n -> n.recipientKey() + " " + n.key().replace("mentoring.relationship.notify.", "")
                + " by " + n.actorKey()).sorted().toList();
        assertEquals(List.of(OUTSIDER + " DEPARTED_WITHDRAW by " + MENTOR, MENTEE + " DEPARTED_PAUSE by " + MENTOR,
                MENTEE2 + " DEPARTED_WITHDRAW by " + MENTOR).stream().sorted().toList(), told);

        HistoryEntry last = lastEntry(active);
        assertEquals(org.mentoring.relationship.EventType.DEPARTED_PAUSE, last.type());
        assertEquals(MENTOR, last.actorKey());
        assertEquals("the slot is free again: the mentor's load counts no active mentee", 0,
                f.capacity.loads(List.of(MENTOR)).get(MENTOR).active());
    }

    @Test
    public void settledRelationshipsAreLeftAlone() {
        Relationship r = f.relationships.move(MENTEE, active.id(), Move.COMPLETE, MoveRequest.none());
        leave(MENTOR);
        assertEquals(RelationshipStatus.COMPLETED, status(r));
        assertEquals(org.mentoring.relationship.EventType.COMPLETE, lastEntry(r).type());
    }

    @Test
    public void aRepeatedDepartureChangesNothingTwice() {
        leave(MENTOR);
        int notices = f.told.size();
        int version = f.relationships.find(active.id()).orElseThrow().version();
        departures.departed(MENTOR);
        assertEquals(notices, f.told.size());
        assertEquals(version, f.relationships.find(active.id()).orElseThrow().version());
    }

    @Test
    public void twoNodesHearingTheSameDepartureChangeEachRelationshipOnce() throws Exception {
        f.users.setActive(MENTOR, false);
        Race.run(() -> {
            departures.departed(MENTOR);
            return null;
        }, () -> {
            departures.departed(MENTOR);
            return null;
        });
        assertEquals(RelationshipStatus.PAUSED, status(active));
        assertEquals(3, f.told.size());
        assertEquals(1, historyOf(active).stream().filter(h -> h.type() == org.mentoring.relationship.EventType.DEPARTED_PAUSE).count());
    }

    @Test
    public void comingBackRestoresTheDirectoryEntryOnly() {
        leave(MENTOR);
        f.users.setActive(MENTOR, true);
        departures.returned(MENTOR);
        assertTrue(listed(MENTOR));
        assertEquals(RelationshipStatus.PAUSED, status(active));
        assertEquals(RelationshipStatus.WITHDRAWN, status(proposedToMara));
        assertEquals("either member may resume", RelationshipStatus.ACTIVE,
                f.relationships.move(MENTEE, active.id(), Move.RESUME, MoveRequest.none()).status());
    }

    @Test
    public void someoneWhoHidTheirProfileStaysHiddenWhenTheyComeBack() {
        f.profiles.save(MENTOR, MENTOR, new ProfileInput(true, false, List.of(), List.of(), List.of(), null, null, null, null,
                false, false));
        leave(MENTOR);
        f.users.setActive(MENTOR, true);
        departures.returned(MENTOR);
        assertFalse(listed(MENTOR));
    }

    @Test
    public void aMenteeWhoLeavesPausesTheirMentorshipToo() {
        leave(MENTEE);
        assertEquals(RelationshipStatus.PAUSED, status(active));
        assertEquals(List.of(MENTOR), f.told.stream().map(Notification::recipientKey).toList());
        assertEquals("other people's relationships are untouched", RelationshipStatus.PROPOSED, status(proposedToMara));
    }

    @Test
    public void aFailingStepDoesNotStopTheOthersAndIsReported() {
        IllegalStateException broken = new IllegalStateException("step failed");
        List<String> ran = new ArrayList<>();
        Departures withBrokenStep = new Departures(List.of(k -> {
            throw broken;
        }, ran::add), f.profiles);
        assertSame(broken, assertThrows(IllegalStateException.class, () -> withBrokenStep.departed(MENTOR)));
        assertEquals(List.of(MENTOR), ran);
    }

    private List<HistoryEntry> historyOf(Relationship r) {
        return f.relationships.history(MENTOR, r.id(), PageRequest.first(50)).values();
    }

    private HistoryEntry lastEntry(Relationship r) {
        List<HistoryEntry> h = historyOf(r);
        return h.stream().reduce((a, b) -> a.seq() > b.seq() ? a : b).orElseThrow();
    }
}
