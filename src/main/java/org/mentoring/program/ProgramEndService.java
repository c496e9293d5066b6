package org.mentoring.program;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.access.Role;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.Problem;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Notifications;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipNotices;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.relationship.RelationshipStatus;
import org.mentoring.relationship.RelationshipStore;
import org.mentoring.web.PageLinks;

/**
 * The end of a program for its mentorships. Before a cohort's end date both members are reminded (a reminder like the
 * others, org.mentoring.reminder.Reminders, with the program's timing). Each member may choose, on the mentorship's page, to go on informally after the program;
 * when the program closes, a mentorship both members chose so becomes informal (keeping its history), every other live
 * mentorship is completed and both members are asked for their reflection, and a proposal nobody answered expires.
 */
public final class ProgramEndService {
    static final String NOTICE = "mentoring.relationship.notify.";
    private static final Set<RelationshipStatus> CONTINUABLE = Set.of(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED);

    private final ProgramEndStore store;
    private final ProgramStore programs;
    private final RelationshipStore relationshipStore;
    private final RelationshipService relationships;
    private final Notifications notifications;
    private final Transactions transactions;

    public ProgramEndService(ProgramEndStore store, ProgramStore programs, RelationshipStore relationshipStore,
                             RelationshipService relationships, Notifications notifications, Transactions transactions) {
        this.store = store;
        this.programs = programs;
        this.relationshipStore = relationshipStore;
        this.relationships = relationships;
        this.notifications = notifications;
        this.transactions = transactions;
    }

    /**
     * What a member sees on the mentorship's page: whether the choice applies (a live formal mentorship in a program not
     * closed), their own choice and the other member's. Anyone else who may see the mentorship: 403; the rest 404.
     */
    public record AfterProgram(boolean applies, boolean mine, boolean other, String programName, String endsOn) {
    }

    public AfterProgram state(String viewerKey, long relationshipId) {
        Relationship r = member(viewerKey, relationshipId);
        Program p = r.programId() == null ? null : programs.find(r.programId()).map(ProgramStore::toRecord).orElse(null);
        boolean applies = p != null && p.status() != ProgramStatus.CLOSED && CONTINUABLE.contains(r.status());
        return new AfterProgram(applies, store.chose(r.id(), viewerKey), store.chose(r.id(), r.otherMember(viewerKey)),
                p == null ? null : p.name(), p == null || p.endsOn() == null ? null : p.endsOn().toString());
    }

    /** The member's choice to go on informally after the program (true) or not (false); again is a no-op. */
    public AfterProgram choose(String actorKey, long relationshipId, boolean continueInformally) {
        AfterProgram now = state(actorKey, relationshipId);
        if (!now.applies()) {
            throw new RuleViolationException(Problem.of(null, "mentoring.program.end.notformal"));
        }
        if (now.mine() != continueInformally) {
            try {
                transactions.execute(() -> {
                    if (continueInformally) {
                        store.choose(relationshipId, actorKey);
                    } else {
                        store.unchoose(relationshipId, actorKey);
                    }
                    return null;
                });
            } catch (StoreException e) {
                if (!StoreException.isConcurrentWriteConflict(e)) {
                    throw e;
                }
                // The same choice, made at the same time from another tab: it stands.
            }
        }
        return state(actorKey, relationshipId);
    }

    private Relationship member(String viewerKey, long relationshipId) {
        RelationshipService.Viewed viewed = relationships.view(viewerKey, relationshipId);
        if (viewed.role() != Role.MENTOR && viewed.role() != Role.MENTEE) {
            throw new ForbiddenException(Problem.of(null, "mentoring.relationship.membersonly"));
        }
        return viewed.relationship();
    }

    /** The program closed: ends each of its live mentorships as the members chose. Returns how many were ended. */
    public int programClosed(long programId) {
        Program p = programs.find(programId).map(ProgramStore::toRecord).orElse(null);
        if (p == null || p.status() != ProgramStatus.CLOSED) {
            return 0;
        }
        Map<Long, Set<String>> choices = store.choices(programId);
        int ended = 0;
        for (Relationship r : relationshipStore.ofProgram(programId)) {
            if (r.status().isLive() && end(r, p, choices.getOrDefault(r.id(), Set.of()))) {
                ended++;
            }
        }
        return ended;
    }

    private boolean end(Relationship r, Program p, Set<String> chose) {
        boolean both = chose.contains(r.mentorKey()) && chose.contains(r.menteeKey());
        return relationships.endWithProgram(r.id(), both).map(after -> {
            if (after.status() != RelationshipStatus.EXPIRED) {
                String key = NOTICE + (both ? "PROGRAM_LEAVE" : "PROGRAM_CLOSE");
                tellBoth(after, key, List.of(p.name()));
            }
            return true;
        }).orElse(false);
    }

    /** Finishes closes that stopped half-way (a node went down): at most {@code limit} mentorships. */
    public int finishClosed(int limit) {
        int ended = 0;
        for (long id : store.liveInClosedPrograms(limit)) {
            Relationship r = relationships.find(id).orElse(null);
            Program p = r == null || r.programId() == null ? null : programs.find(r.programId()).map(ProgramStore::toRecord).orElse(null);
            if (p != null && end(r, p, store.choices(p.id()).getOrDefault(id, Set.of()))) {
                ended++;
            }
        }
        return ended;
    }

    private void tellBoth(Relationship r, String key, List<Object> args) {
        tell(r, r.mentorKey(), key, args);
        tell(r, r.menteeKey(), key, args);
    }

    /** {@code recipient} hears about their mentorship; the sentence names the other member. */
    private void tell(Relationship r, String recipient, String key, List<Object> args) {
        String other = r.otherMember(recipient);
        notifications.send(new Notifications.Notification(recipient, other, RelationshipNotices.role(r, other), key, args,
                PageLinks.RELATIVE.relationship(r.id())));
    }
}
