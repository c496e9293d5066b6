package org.mentoring.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.mentoring.history.History;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.relationship.Cadence;

/** Programs and their history: every read is one statement (a page two, with its count). */
public final class ProgramStore {
    private final EntityStore store;

    public ProgramStore(EntityStore store) {
        this.store = store;
    }

    Optional<ProgramEntity> find(long id) {
        ProgramEntity[] rows = store.find(ProgramEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Does program {@code id} exist? */
    public boolean exists(long id) {
        return store.count(ProgramEntity.class, Query.select().where("ID = ?", id)) > 0;
    }

    ProgramEntity insert(Map<String, Object> values) {
        return store.create(ProgramEntity.class, values);
    }

    /** Every program by name. */
    Page<Program> list(PageRequest page) {
        ProgramEntity[] rows = store.find(ProgramEntity.class, Query.select().where("ID > ?", 0L)
                .order(ProgramEntity.NAME_KEY + ", ID").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(ProgramStore::toRecord).toList(),
                () -> store.count(ProgramEntity.class, Query.select().where("ID > ?", 0L)));
    }

    /** The programs among {@code ids}, by name. */
    Page<Program> list(PageRequest page, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Page<>(page.startAt(), page.maxResults(), 0, List.of());
        }
        String where = "ID IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        ProgramEntity[] rows = store.find(ProgramEntity.class, Query.select().where(where, ids.toArray())
                .order(ProgramEntity.NAME_KEY + ", ID").limit(page.maxResults()).offset(page.startAt()));
        return new Page<>(page.startAt(), page.maxResults(), ids.size(), Arrays.stream(rows).map(ProgramStore::toRecord).toList());
    }

    /** The programs in any of {@code statuses}, by name: one statement and its count. */
    Page<Program> listIn(PageRequest page, java.util.Set<ProgramStatus> statuses) {
        String where = ProgramEntity.STATUS + " IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")";
        Object[] params = statuses.stream().map(Enum::name).sorted().toArray();
        ProgramEntity[] rows = store.find(ProgramEntity.class, Query.select().where(where, params)
                .order(ProgramEntity.NAME_KEY + ", ID").limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(ProgramStore::toRecord).toList(),
                () -> store.count(ProgramEntity.class, Query.select().where(where, params)));
    }

    void appendEvent(long programId, History.Entry entry) {
        History.append(store, ProgramEventEntity.class, ProgramEventEntity.PROGRAM_ID, programId, entry, Map.of());
    }

    Page<History.Entry> history(long programId, PageRequest page) {
        String where = ProgramEventEntity.PROGRAM_ID + " = ?";
        ProgramEventEntity[] rows = store.find(ProgramEventEntity.class, Query.select().where(where, programId)
                .order(ProgramEventEntity.SEQ).limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(e -> new History.Entry(e.getSeq(), e.getType(), e.getActorKey(),
                        Instant.ofEpochMilli(e.getOccurredAt()), e.getFromStatus(), e.getToStatus(), e.getNote())).toList(),
                () -> store.count(ProgramEventEntity.class, Query.select().where(where, programId)));
    }

    static Program toRecord(ProgramEntity e) {
        return new Program(e.getID(), e.getName(), e.getDescription(), e.getObjectives(), ProgramKind.valueOf(e.getKind()),
                day(e.getStartsOn()), day(e.getEndsOn()), day(e.getEnrolFrom()), day(e.getEnrolUntil()),
                MatchingMode.valueOf(e.getMatching()), Cadence.valueOf(e.getCadence()), e.getMeetingMinutes(), e.getMentorCap(),
                e.isAutoApprove(), new FitScore.Weights(e.getSkillWeight(), e.getLanguageWeight(), e.getZoneWeight(), e.getHoursWeight()),
                ProgramStatus.valueOf(e.getStatus()), e.getRevision(), Instant.ofEpochMilli(e.getCreatedAt()));
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
