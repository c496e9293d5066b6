package org.mentoring.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** Applications' queries and claims: one statement each. */
public final class ApplicationStore {
    /** Which applications of a person: those they sent, those sent to them, or both. */
    public enum Side { APPLICANT, CHOOSER, EITHER }

    private final EntityStore store;

    public ApplicationStore(EntityStore store) {
        this.store = store;
    }

    ApplicationEntity insert(Map<String, Object> values) {
        return store.create(ApplicationEntity.class, values);
    }

    Optional<ApplicationEntity> find(long programId, long id) {
        ApplicationEntity[] rows = store.find(ApplicationEntity.class, Query.select()
                .where("ID = ? AND " + ApplicationEntity.PROGRAM_ID + " = ?", id, programId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** A page of the person's applications in the program on {@code side}, in {@code statuses} (all when empty), newest first. */
    Page<Application> page(long programId, String userKey, Side side, Set<ApplicationStatus> statuses, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = sideWhere(programId, userKey, side, statuses, params);
        ApplicationEntity[] rows = store.find(ApplicationEntity.class, Query.select().where(where, params.toArray())
                .order(ApplicationEntity.APPLIED_AT + " DESC, ID DESC").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(ApplicationStore::toRecord).toList(),
                () -> store.count(ApplicationEntity.class, Query.select().where(where, params.toArray())));
    }

    /** Every application the person sent in the program (the candidates page marks the ones already applied to). */
    List<Application> sentBy(long programId, String applicantKey) {
        List<Object> params = new ArrayList<>();
        String where = sideWhere(programId, applicantKey, Side.APPLICANT, Set.of(), params);
        return Arrays.stream(store.find(ApplicationEntity.class, Query.select().where(where, params.toArray()).order("ID")))
                .map(ApplicationStore::toRecord).toList();
    }

    /** How many applications the person sent in the program: all of them (the next one's number) or the open ones. */
    int countSent(long programId, String applicantKey, boolean openOnly) {
        List<Object> params = new ArrayList<>();
        String where = sideWhere(programId, applicantKey, Side.APPLICANT, openOnly ? Set.of(ApplicationStatus.OPEN) : Set.of(), params);
        return store.count(ApplicationEntity.class, Query.select().where(where, params.toArray()));
    }

    /** The open applications naming the person (on either side) in the program. */
    List<ApplicationEntity> openNaming(long programId, String userKey) {
        return List.of(store.find(ApplicationEntity.class, Query.select().where(ApplicationEntity.PROGRAM_ID + " = ? AND "
                        + ApplicationEntity.STATUS + " = ? AND (" + ApplicationEntity.MENTOR_KEY + " = ? OR " + ApplicationEntity.MENTEE_KEY + " = ?)",
                programId, ApplicationStatus.OPEN.name(), userKey, userKey).order("ID")));
    }

    /** Every open application naming the person, in any program (they are leaving). */
    List<ApplicationEntity> openNamingAnywhere(String userKey) {
        return List.of(store.find(ApplicationEntity.class, Query.select().where(ApplicationEntity.STATUS + " = ? AND ("
                + ApplicationEntity.MENTOR_KEY + " = ? OR " + ApplicationEntity.MENTEE_KEY + " = ?)", ApplicationStatus.OPEN.name(), userKey, userKey)));
    }

    /** An open application between the two, either way round. */
    Optional<ApplicationEntity> openBetween(long programId, String mentorKey, String menteeKey) {
        ApplicationEntity[] rows = store.find(ApplicationEntity.class, Query.select().where(ApplicationEntity.PROGRAM_ID + " = ? AND "
                        + ApplicationEntity.STATUS + " = ? AND " + ApplicationEntity.MENTOR_KEY + " = ? AND " + ApplicationEntity.MENTEE_KEY + " = ?",
                programId, ApplicationStatus.OPEN.name(), mentorKey, menteeKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Whether the chooser declined an application between the two in the program (they asked not to be paired). */
    boolean declinedBetween(long programId, String mentorKey, String menteeKey) {
        return store.count(ApplicationEntity.class, Query.select().where(ApplicationEntity.PROGRAM_ID + " = ? AND "
                        + ApplicationEntity.STATUS + " = ? AND " + ApplicationEntity.MENTOR_KEY + " = ? AND " + ApplicationEntity.MENTEE_KEY + " = ?",
                programId, ApplicationStatus.DECLINED.name(), mentorKey, menteeKey)) > 0;
    }

    /** How many applications the person was accepted in (or accepted) in the program as mentor ({@code asMentor}) or mentee. */
    int countAccepted(long programId, String userKey, boolean asMentor) {
        return store.count(ApplicationEntity.class, Query.select().where(ApplicationEntity.PROGRAM_ID + " = ? AND "
                + ApplicationEntity.STATUS + " = ? AND " + (asMentor ? ApplicationEntity.MENTOR_KEY : ApplicationEntity.MENTEE_KEY) + " = ?",
                programId, ApplicationStatus.ACCEPTED.name(), userKey));
    }

    /** The program's applications by status: what its managers may know of them (counts, never who or the note). */
    Map<ApplicationStatus, Integer> counts(long programId) {
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            counts.put(s, store.count(ApplicationEntity.class, Query.select().where(ApplicationEntity.PROGRAM_ID + " = ? AND "
                    + ApplicationEntity.STATUS + " = ?", programId, s.name())));
        }
        return counts;
    }

    /** Takes {@code key}; a concurrent writer holding it already makes this fail its unique key (a lost race). */
    void claim(String key, long applicationId) {
        store.create(ApplicationClaimEntity.class, Map.of(ApplicationClaimEntity.CLAIM_KEY, key,
                ApplicationClaimEntity.APPLICATION_ID, applicationId));
    }

    private static String sideWhere(long programId, String userKey, Side side, Set<ApplicationStatus> statuses, List<Object> params) {
        StringBuilder where = new StringBuilder(ApplicationEntity.PROGRAM_ID + " = ? AND ");
        params.add(programId);
        String mine = "(" + ApplicationEntity.MODE + " = ? AND " + ApplicationEntity.MENTEE_KEY + " = ?) OR ("
                + ApplicationEntity.MODE + " = ? AND " + ApplicationEntity.MENTOR_KEY + " = ?)";
        switch (side) {
            case APPLICANT -> {
                where.append("(").append(mine).append(")");
                params.addAll(List.of(MatchingMode.MENTEE_CHOOSES.name(), userKey, MatchingMode.MENTOR_CHOOSES.name(), userKey));
            }
            case CHOOSER -> {
                where.append("(").append(mine).append(")");
                params.addAll(List.of(MatchingMode.MENTOR_CHOOSES.name(), userKey, MatchingMode.MENTEE_CHOOSES.name(), userKey));
            }
            default -> {
                where.append("(").append(ApplicationEntity.MENTOR_KEY).append(" = ? OR ").append(ApplicationEntity.MENTEE_KEY).append(" = ?)");
                params.addAll(List.of(userKey, userKey));
            }
        }
        if (!statuses.isEmpty()) {
            where.append(" AND ").append(ApplicationEntity.STATUS).append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"))).append(")");
            statuses.forEach(s -> params.add(s.name()));
        }
        return where.toString();
    }

    static Application toRecord(ApplicationEntity e) {
        return new Application(e.getID(), e.getProgramId(), MatchingMode.valueOf(e.getMode()), e.getMentorKey(), e.getMenteeKey(),
                ApplicationStatus.valueOf(e.getStatus()), e.getReason(), e.getNote(), Instant.ofEpochMilli(e.getAppliedAt()),
                e.getDecidedAt() == null ? null : Instant.ofEpochMilli(e.getDecidedAt()), e.getRelationshipId());
    }
}
