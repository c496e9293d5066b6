package org.mentoring.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProgramAction;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.history.History;
import org.mentoring.host.Person;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.relationship.Cadence;

/**
 * Formal programs: administrators create and change them and appoint their managers; managers and administrators
 * move them through DRAFT → OPEN → RUNNING → CLOSED. Each change is an entry in the program's history, whose unique
 * revision key makes a racing second writer lose (409). What the caller may not see is not found.
 */
public final class ProgramService {
    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 10000;
    static final int MAX_NOTE = 4000;
    static final double MAX_WEIGHT = 100;

    private final ProgramStore store;
    private final ProgramManagers managers;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;
    private final org.mentoring.host.AuditLog audit;
    /** What a program's close sets off for its mentorships ({@link ProgramEndService#programClosed}). */
    private final java.util.function.LongConsumer closed;

    public ProgramService(ProgramStore store, ProgramManagers managers, AccessPolicy access, UserDirectory users,
                          Transactions transactions, Clock clock, org.mentoring.host.AuditLog audit,
                          java.util.function.LongConsumer closed) {
        this.audit = audit;
        this.closed = closed;
        this.store = store;
        this.managers = managers;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every program for administrators; the ones they manage for managers; nothing for anyone else. */
    public Page<Program> list(String viewerKey, PageRequest page) {
        if (viewerKey != null && users.isAdmin(viewerKey)) {
            return store.list(page);
        }
        return store.list(page, viewerKey == null ? List.of() : managers.programsOf(viewerKey));
    }

    /** Programs open to join (open or running), for anyone active: what they are, to enrol in. */
    public Page<Program> joinable(String viewerKey, PageRequest page) {
        if (viewerKey == null || users.find(viewerKey).filter(Person::active).isEmpty()) {
            return new Page<>(page.startAt(), page.maxResults(), 0, List.of());
        }
        return store.listIn(page, java.util.Set.of(ProgramStatus.OPEN, ProgramStatus.RUNNING));
    }

    /** Whether {@code viewerKey} may {@code action} on the program (pages show or hide their controls by it). */
    public boolean permits(String viewerKey, long id, ProgramAction action) {
        return access.permitsProgram(viewerKey, id, action);
    }

    /** Whether {@code viewerKey} may create programs (administrators). */
    public boolean mayCreate(String viewerKey) {
        return viewerKey != null && users.isAdmin(viewerKey);
    }

    public Program get(String viewerKey, long id) {
        return visible(viewerKey, id, ProgramAction.SEE);
    }

    public Program create(String actorKey, ProgramInput input) {
        requireAdmin(actorKey);
        Checked c = check(input);
        Program created = transactions.execute(() -> {
            long now = clock.millis();
            Map<String, Object> values = c.values();
            values.put(ProgramEntity.STATUS, ProgramStatus.DRAFT.name());
            values.put(ProgramEntity.REVISION, 1);
            values.put(ProgramEntity.CREATED_AT, now);
            ProgramEntity e = store.insert(values);
            store.appendEvent(e.getID(), new History.Entry(1, "CREATE", actorKey, Instant.ofEpochMilli(now), null,
                    ProgramStatus.DRAFT.name(), null));
            return ProgramStore.toRecord(e);
        });
        audited("program.created", actorKey, null, created);
        return created;
    }

    /** Replaces the program's fields; the caller names the version it saw. A closed program stays as it closed. */
    public Program update(String actorKey, long id, ProgramInput input) {
        Program before = visible(actorKey, id, ProgramAction.SEE);
        if (!access.permitsProgram(actorKey, id, ProgramAction.EDIT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
        Problems problems = new Problems();
        if (input == null || input.version() == null) {
            problems.add("version", "mentoring.error.required");
        }
        Checked c = check(input, problems);
        if (before.status() == ProgramStatus.CLOSED) {
            throw new RuleViolationException(Problem.of(null, "mentoring.program.closed"));
        }
        Program updated = change(actorKey, id, input.version(), "UPDATE", null, (e, status) -> {
            if (status == ProgramStatus.CLOSED) {
                throw new RuleViolationException(Problem.of(null, "mentoring.program.closed"));
            }
            c.values().forEach((column, value) -> set(e, column, value));
            return status;
        });
        audited("program.updated", actorKey, null, updated);
        return updated;
    }

    /** Moves the program through its lifecycle; an illegal move is refused with the program's status as the reason. */
    public Program move(String actorKey, long id, ProgramMove move, Integer version, String note) {
        visible(actorKey, id, ProgramAction.SEE);
        if (!access.permitsProgram(actorKey, id, ProgramAction.MOVE)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.managers"));
        }
        Problems problems = new Problems();
        String text = problems.optionalText("note", note, MAX_NOTE);
        problems.throwIfAny();
        Program moved = change(actorKey, id, version, move.name(), text, (e, status) -> {
            if (!move.allowedFrom(status)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.program.move.notallowed",
                        move.name().toLowerCase(Locale.ROOT), status.name().toLowerCase(Locale.ROOT)));
            }
            e.setStatus(move.target().name());
            return move.target();
        });
        if (moved.status() == ProgramStatus.CLOSED) {
            // After the close committed, each mentorship in its own transaction; the program-end job finishes any left.
            closed.accept(id);
        }
        audited("program.moved", actorKey, null, moved);
        return moved;
    }

    public Page<History.Entry> history(String viewerKey, long id, PageRequest page) {
        visible(viewerKey, id, ProgramAction.SEE);
        return store.history(id, page);
    }

    public Page<Person> managers(String viewerKey, long id, PageRequest page) {
        visible(viewerKey, id, ProgramAction.SEE);
        return managers.of(id, page).map(key -> users.find(key).orElse(new Person(key, key, key, false)));
    }

    /** Appoints an active user as a manager of the program (again is a no-op); history records it. */
    public void appoint(String actorKey, long id, String userKey) {
        visible(actorKey, id, ProgramAction.SEE);
        if (!access.permitsProgram(actorKey, id, ProgramAction.APPOINT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
        if (userKey == null || users.find(userKey).filter(Person::active).isEmpty()) {
            throw new RuleViolationException(Problem.of("userKey", "mentoring.program.manager.unknown", String.valueOf(userKey)));
        }
        if (!managers.isManager(id, userKey)) {
            Program p = change(actorKey, id, null, "APPOINT", userKey, (e, status) -> {
                managers.appoint(id, userKey);
                return status;
            });
            audited("program.manager.appointed", actorKey, userKey, p);
        }
    }

    /** Removes a manager; removing someone who does not manage the program is not found. */
    public void remove(String actorKey, long id, String userKey) {
        visible(actorKey, id, ProgramAction.SEE);
        if (!access.permitsProgram(actorKey, id, ProgramAction.APPOINT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
        Program p = change(actorKey, id, null, "REMOVE", userKey, (e, status) -> {
            if (!managers.remove(id, userKey)) {
                throw new NotFoundException("manager");
            }
            return status;
        });
        audited("program.manager.removed", actorKey, userKey, p);
    }

    /** The audit log gets what changed and in which program (name, id, status), never the program's texts. */
    private void audited(String action, String actorKey, String subjectKey, Program p) {
        audit.record(new org.mentoring.host.AuditLog.Entry(action, actorKey, subjectKey, Map.of("program", p.name(),
                "programId", Long.toString(p.id()), "status", p.status().name())));
    }

    /** The program if it exists; for the checks of other features (relationships, enrolment) without a viewer. */
    public java.util.Optional<Program> find(long id) {
        return store.find(id).map(ProgramStore::toRecord);
    }

    private Program visible(String viewerKey, long id, ProgramAction action) {
        Program p = store.find(id).map(ProgramStore::toRecord).orElseThrow(() -> new NotFoundException("program"));
        if (!access.permitsProgram(viewerKey, id, action)) {
            throw new NotFoundException("program");
        }
        return p;
    }

    private interface Change {
        ProgramStatus apply(ProgramEntity entity, ProgramStatus status);
    }

    /**
     * One change as one transaction: reads the program, checks the caller's version (when given), applies the change
     * and writes the next history entry. A writer that lost the race for that entry starts again from fresh data.
     */
    private Program change(String actorKey, long id, Integer version, String type, String note, Change change) {
        return ConcurrentWrites.retrying(() -> transactions.execute(() -> {
            ProgramEntity e = store.find(id).orElseThrow(() -> new NotFoundException("program"));
            if (version != null && version != e.getRevision()) {
                throw new ConflictException(Problem.of("version", "mentoring.error.stale"));
            }
            ProgramStatus from = ProgramStatus.valueOf(e.getStatus());
            ProgramStatus to = change.apply(e, from);
            int next = e.getRevision() + 1;
            store.appendEvent(id, new History.Entry(next, type, actorKey, Instant.ofEpochMilli(clock.millis()), from.name(),
                    to.name(), note));
            e.setRevision(next);
            e.save();
            return ProgramStore.toRecord(e);
        }), lost -> lost instanceof StoreException s && StoreException.isConcurrentWriteConflict(s)
                || lost instanceof ConflictException && version == null);
    }

    private void requireAdmin(String actorKey) {
        if (actorKey == null || !users.isAdmin(actorKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
    }

    private record Checked(Map<String, Object> values) {
    }

    private Checked check(ProgramInput input) {
        return check(input, new Problems());
    }

    /** Every field's problem at once; the columns to write when there is none. */
    private Checked check(ProgramInput input, Problems problems) {
        ProgramInput in = input == null ? new ProgramInput(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : input;
        String name = problems.requiredText("name", in.name(), MAX_NAME);
        String description = problems.optionalText("description", in.description(), MAX_TEXT);
        String objectives = problems.optionalText("objectives", in.objectives(), MAX_TEXT);
        ProgramKind kind = choice(problems, "kind", in.kind(), ProgramKind.class, null);
        if (kind == null && !problems.has("kind")) {
            problems.add("kind", "mentoring.error.required");
        }
        LocalDate startsOn = problems.optionalDate("startsOn", in.startsOn());
        LocalDate endsOn = problems.optionalDate("endsOn", in.endsOn());
        LocalDate enrolFrom = problems.optionalDate("enrolFrom", in.enrolFrom());
        LocalDate enrolUntil = problems.optionalDate("enrolUntil", in.enrolUntil());
        if (kind == ProgramKind.COHORT) {
            if (startsOn == null && !problems.has("startsOn")) {
                problems.add("startsOn", "mentoring.program.cohort.dates");
            }
            if (endsOn == null && !problems.has("endsOn")) {
                problems.add("endsOn", "mentoring.program.cohort.dates");
            }
            if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
                problems.add("endsOn", "mentoring.program.ends.beforestart");
            }
            if (enrolUntil != null && endsOn != null && enrolUntil.isAfter(endsOn)) {
                problems.add("enrolUntil", "mentoring.program.enrol.afterend");
            }
        } else if (kind == ProgramKind.ALWAYS_ON) {
            if (startsOn != null) {
                problems.add("startsOn", "mentoring.program.alwayson.dates");
            }
            if (endsOn != null) {
                problems.add("endsOn", "mentoring.program.alwayson.dates");
            }
        }
        if (enrolFrom != null && enrolUntil != null && enrolUntil.isBefore(enrolFrom)) {
            problems.add("enrolUntil", "mentoring.program.enrol.order");
        }
        MatchingMode matching = choice(problems, "matching", in.matching(), MatchingMode.class, MatchingMode.MANAGER);
        Cadence cadence = choice(problems, "cadence", in.cadence(), Cadence.class, Cadence.MONTHLY);
        if (cadence == Cadence.EVERY_N_DAYS) {
            problems.add("cadence", "mentoring.error.choice", "WEEKLY, EVERY_TWO_WEEKS, MONTHLY");
        }
        if (in.meetingMinutes() != null) {
            problems.checkRange("meetingMinutes", in.meetingMinutes(), 15, 480);
        }
        if (in.mentorCap() != null) {
            problems.checkRange("mentorCap", in.mentorCap(), 1, 20);
        }
        FitScore.Weights d = FitScore.Weights.DEFAULT;
        ProgramInput.WeightsInput w = in.weights() == null ? new ProgramInput.WeightsInput(null, null, null, null) : in.weights();
        double skill = weight(problems, "weights.skill", w.skill(), d.skill());
        double language = weight(problems, "weights.language", w.language(), d.language());
        double zone = weight(problems, "weights.timeZone", w.timeZone(), d.timeZone());
        double hours = weight(problems, "weights.availability", w.availability(), d.availability());
        problems.throwIfAny();

        Map<String, Object> values = new HashMap<>();
        values.put(ProgramEntity.NAME, name);
        values.put(ProgramEntity.NAME_KEY, name.toLowerCase(Locale.ROOT));
        values.put(ProgramEntity.DESCRIPTION, description);
        values.put(ProgramEntity.OBJECTIVES, objectives);
        values.put(ProgramEntity.KIND, kind.name());
        values.put(ProgramEntity.STARTS_ON, startsOn == null ? null : startsOn.toString());
        values.put(ProgramEntity.ENDS_ON, endsOn == null ? null : endsOn.toString());
        values.put(ProgramEntity.ENROL_FROM, enrolFrom == null ? null : enrolFrom.toString());
        values.put(ProgramEntity.ENROL_UNTIL, enrolUntil == null ? null : enrolUntil.toString());
        values.put(ProgramEntity.MATCHING, matching.name());
        values.put(ProgramEntity.CADENCE, cadence.name());
        values.put(ProgramEntity.MEETING_MINUTES, in.meetingMinutes());
        values.put(ProgramEntity.MENTOR_CAP, in.mentorCap());
        values.put(ProgramEntity.AUTO_APPROVE, Boolean.TRUE.equals(in.autoApprove()));
        values.put(ProgramEntity.SKILL_WEIGHT, skill);
        values.put(ProgramEntity.LANGUAGE_WEIGHT, language);
        values.put(ProgramEntity.ZONE_WEIGHT, zone);
        values.put(ProgramEntity.HOURS_WEIGHT, hours);
        return new Checked(values);
    }

    private static double weight(Problems problems, String field, Double value, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNaN() || value < 0 || value > MAX_WEIGHT) {
            problems.add(field, "mentoring.program.weight", (int) MAX_WEIGHT);
            return fallback;
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Problems problems, String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "mentoring.error.choice", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return fallback;
        }
    }

    /** Writes one checked column onto the entity. */
    private static void set(ProgramEntity e, String column, Object value) {
        switch (column) {
            case ProgramEntity.NAME -> e.setName((String) value);
            case ProgramEntity.NAME_KEY -> e.setNameKey((String) value);
            case ProgramEntity.DESCRIPTION -> e.setDescription((String) value);
            case ProgramEntity.OBJECTIVES -> e.setObjectives((String) value);
            case ProgramEntity.KIND -> e.setKind((String) value);
            case ProgramEntity.STARTS_ON -> e.setStartsOn((String) value);
            case ProgramEntity.ENDS_ON -> e.setEndsOn((String) value);
            case ProgramEntity.ENROL_FROM -> e.setEnrolFrom((String) value);
            case ProgramEntity.ENROL_UNTIL -> e.setEnrolUntil((String) value);
            case ProgramEntity.MATCHING -> e.setMatching((String) value);
            case ProgramEntity.CADENCE -> e.setCadence((String) value);
            case ProgramEntity.MEETING_MINUTES -> e.setMeetingMinutes((Integer) value);
            case ProgramEntity.MENTOR_CAP -> e.setMentorCap((Integer) value);
            case ProgramEntity.AUTO_APPROVE -> e.setAutoApprove((Boolean) value);
            case ProgramEntity.SKILL_WEIGHT -> e.setSkillWeight((Double) value);
            case ProgramEntity.LANGUAGE_WEIGHT -> e.setLanguageWeight((Double) value);
            case ProgramEntity.ZONE_WEIGHT -> e.setZoneWeight((Double) value);
            case ProgramEntity.HOURS_WEIGHT -> e.setHoursWeight((Double) value);
            default -> throw new IllegalArgumentException(column);
        }
    }
}
