package org.mentoring.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProgramAction;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Person;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.relationship.FormalPrograms;

/**
 * People enrol themselves in an open (or running) program, within its enrolment window, as mentor, mentee or both;
 * the program approves them at once or its managers decide; people withdraw. A formal relationship needs both people
 * approved in its program ({@link #admits}). One enrolment per person and program, whatever races.
 */
public final class EnrolmentService implements FormalPrograms {
    private static final Set<ProgramStatus> ENROLLING = Set.of(ProgramStatus.OPEN, ProgramStatus.RUNNING);

    private final EnrolmentStore store;
    private final ProgramStore programs;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public EnrolmentService(EnrolmentStore store, ProgramStore programs, AccessPolicy access, UserDirectory users,
                            Transactions transactions, Clock clock) {
        this.store = store;
        this.programs = programs;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    static final int MAX_QUESTIONS = 20;
    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 4000;

    /** {@code actorKey} enrols in the program; {@code capacity} (mentors) is at most the program's mentor cap. */
    public Enrolment enrol(String actorKey, long programId, boolean asMentor, boolean asMentee, Integer capacity) {
        return enrol(actorKey, programId, new EnrolmentInput(asMentor, asMentee, capacity, null));
    }

    /**
     * {@code actorKey} enrols in an open or running program, within its enrolment window, answering its questions
     * (every required one). Nothing is written while any field is wrong; enrolling twice is refused (409).
     */
    public Enrolment enrol(String actorKey, long programId, EnrolmentInput input) {
        if (actorKey == null || users.find(actorKey).filter(Person::active).isEmpty()) {
            throw new NotFoundException("program");
        }
        Program p = programs.find(programId).map(ProgramStore::toRecord).filter(x -> ENROLLING.contains(x.status()))
                .orElseThrow(() -> new NotFoundException("program"));
        EnrolmentInput in = input == null ? new EnrolmentInput(null, null, null, null) : input;
        boolean asMentor = Boolean.TRUE.equals(in.asMentor());
        boolean asMentee = Boolean.TRUE.equals(in.asMentee());
        Integer capacity = in.capacity();
        Problems problems = new Problems();
        if (!asMentor && !asMentee) {
            problems.add("asMentor", "mentoring.enrolment.role");
        }
        if (capacity != null) {
            if (!asMentor) {
                problems.add("capacity", "mentoring.enrolment.capacity.mentor");
            } else {
                problems.checkRange("capacity", capacity, 1, p.mentorCap() == null ? 20 : p.mentorCap());
            }
        }
        Map<Long, String> answers = answers(problems, store.questions(programId), in.answers());
        problems.throwIfAny();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (p.enrolFrom() != null && today.isBefore(p.enrolFrom()) || p.enrolUntil() != null && today.isAfter(p.enrolUntil())) {
            throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.window"));
        }
        Integer taken = asMentor && capacity == null ? p.mentorCap() : capacity;
        try {
            return transactions.execute(() -> {
                if (store.find(programId, actorKey).isPresent()) {
                    throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.twice"));
                }
                return EnrolmentStore.toRecord(store.insert(programId, actorKey, asMentor, asMentee,
                        p.autoApprove() ? EnrolmentStatus.APPROVED : EnrolmentStatus.PENDING, taken, answers, clock.millis()));
            });
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.twice"));
            }
            throw e;
        } catch (org.mentoring.error.ConflictException e) {
            // The transaction port's retries ran out against a racing twin: the person is enrolled once.
            throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.twice"));
        }
    }

    /** Each answer checked against the program's questions: known question, text within bounds, required ones given. */
    private static Map<Long, String> answers(Problems problems, List<EnrolmentQuestion> questions, List<EnrolmentInput.Answer> given) {
        Map<Long, EnrolmentQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Map<Long, String> answers = new LinkedHashMap<>();
        List<EnrolmentInput.Answer> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            String at = "answers[" + i + "]";
            EnrolmentInput.Answer a = list.get(i);
            if (a == null || a.question() == null) {
                problems.add(at + ".question", "mentoring.error.required");
                continue;
            }
            if (!byId.containsKey(a.question())) {
                problems.add(at + ".question", "mentoring.enrolment.question.unknown", a.question());
                continue;
            }
            String text = problems.optionalText(at + ".text", a.text(), MAX_ANSWER);
            if (answers.containsKey(a.question())) {
                problems.add(at + ".question", "mentoring.enrolment.question.twice");
            } else if (text != null) {
                answers.put(a.question(), text);
            }
        }
        for (EnrolmentQuestion q : questions) {
            if (q.required() && !answers.containsKey(q.id())) {
                problems.add("answers." + q.id(), "mentoring.enrolment.question.required", q.text());
            }
        }
        return answers;
    }

    /** The program's enrolments, for its managers and administrators; to anyone else the program does not exist. */
    public Page<Enrolment> list(String viewerKey, long programId, Set<EnrolmentStatus> statuses, String role, PageRequest page) {
        seeProgram(viewerKey, programId);
        Boolean mentors = "MENTOR".equals(role) ? Boolean.TRUE : null;
        Boolean mentees = "MENTEE".equals(role) ? Boolean.TRUE : null;
        return store.list(programId, statuses, mentors, mentees, page);
    }

    /** One person's enrolment: theirs, or the program's managers' and administrators'. */
    public Enrolment get(String viewerKey, long programId, String userKey) {
        boolean own = viewerKey != null && viewerKey.equals(userKey);
        if (!own) {
            seeProgram(viewerKey, programId);
        }
        return store.find(programId, userKey).map(EnrolmentStore::toRecord).orElseThrow(() -> new NotFoundException("enrolment"));
    }

    /** The caller's own enrolment, if any (no access question: it is theirs). */
    public java.util.Optional<Enrolment> mine(String viewerKey, long programId) {
        return viewerKey == null ? java.util.Optional.empty() : store.find(programId, viewerKey).map(EnrolmentStore::toRecord);
    }

    /**
     * The program as someone who may enrol sees it (open or running), or as its managers and administrators always do;
     * anyone else is told it does not exist.
     */
    public Program enrolling(String viewerKey, long programId) {
        Program p = programs.find(programId).map(ProgramStore::toRecord).orElseThrow(() -> new NotFoundException("program"));
        boolean mayEnrol = viewerKey != null && ENROLLING.contains(p.status()) && users.find(viewerKey).filter(Person::active).isPresent();
        if (!mayEnrol && !access.permitsProgram(viewerKey, programId, ProgramAction.SEE)
                && mine(viewerKey, programId).isEmpty()) {
            throw new NotFoundException("program");
        }
        return p;
    }

    /** The program's own questions, for whoever may see its enrolment form. */
    public List<EnrolmentQuestion> questions(String viewerKey, long programId) {
        enrolling(viewerKey, programId);
        return store.questions(programId);
    }

    /** Administrators replace the program's questions (a question named by its id keeps its id and answers). */
    public List<EnrolmentQuestion> setQuestions(String actorKey, long programId, List<QuestionInput> given) {
        seeProgram(actorKey, programId);
        if (!access.permitsProgram(actorKey, programId, ProgramAction.EDIT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.admin"));
        }
        Problems problems = new Problems();
        List<QuestionInput> list = given == null ? List.of() : given;
        if (list.size() > MAX_QUESTIONS) {
            problems.add("questions", "mentoring.enrolment.questions.many", MAX_QUESTIONS);
        }
        List<EnrolmentQuestion> known = store.questions(programId);
        Set<Long> ids = new java.util.HashSet<>();
        known.forEach(q -> ids.add(q.id()));
        List<EnrolmentQuestion> questions = new ArrayList<>();
        for (int i = 0; i < list.size() && i < MAX_QUESTIONS; i++) {
            String at = "questions[" + i + "]";
            QuestionInput q = list.get(i);
            if (q == null) {
                problems.add(at, "mentoring.error.required");
                continue;
            }
            String text = problems.requiredText(at + ".text", q.text(), MAX_QUESTION);
            if (q.id() != null && !ids.contains(q.id())) {
                problems.add(at + ".id", "mentoring.enrolment.question.unknown", q.id());
            }
            questions.add(new EnrolmentQuestion(q.id() == null ? 0 : q.id(), i + 1, text, Boolean.TRUE.equals(q.required())));
        }
        problems.throwIfAny();
        return transactions.execute(() -> {
            store.replaceQuestions(programId, questions);
            return store.questions(programId);
        });
    }

    /** A question as an administrator writes it: {@code id} keeps an existing question, missing adds one. */
    public record QuestionInput(Long id, String text, Boolean required) {
    }

    /** A manager or administrator approves ({@code approve}) or declines a pending enrolment. */
    public Enrolment decide(String actorKey, long programId, String userKey, boolean approve) {
        seeProgram(actorKey, programId);
        if (!access.permitsProgram(actorKey, programId, ProgramAction.DECIDE_ENROLMENT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.managers"));
        }
        return change(actorKey, programId, userKey, approve ? EnrolmentStatus.APPROVED : EnrolmentStatus.DECLINED,
                Set.of(EnrolmentStatus.PENDING));
    }

    /** The person leaves the program (pending or approved). */
    public Enrolment withdraw(String actorKey, long programId) {
        return change(actorKey, programId, actorKey == null ? "" : actorKey, EnrolmentStatus.WITHDRAWN,
                Set.of(EnrolmentStatus.PENDING, EnrolmentStatus.APPROVED));
    }

    /** One status change in one transaction; the loser of a race for the same status runs again and is refused. */
    private Enrolment change(String actorKey, long programId, String userKey, EnrolmentStatus to, Set<EnrolmentStatus> from) {
        return ConcurrentWrites.retrying(() -> transactions.execute(() -> {
            ProgramEnrolmentEntity e = store.find(programId, userKey).orElseThrow(() -> new NotFoundException("enrolment"));
            EnrolmentStatus before = EnrolmentStatus.valueOf(e.getStatus());
            if (!from.contains(before)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.decided"));
            }
            long now = clock.millis();
            store.recordChange(e, before, to, actorKey, now);
            e.setStatus(to.name());
            if (to != EnrolmentStatus.WITHDRAWN) {
                e.setDecidedBy(actorKey);
                e.setDecidedAt(now);
            }
            e.save();
            return EnrolmentStore.toRecord(e);
        }), lost -> lost instanceof StoreException s && StoreException.isConcurrentWriteConflict(s));
    }

    private void seeProgram(String viewerKey, long programId) {
        if (!programs.exists(programId) || !access.permitsProgram(viewerKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
    }

    /** The program exists, is open or running, and both people are approved in it in their roles. */
    @Override
    public boolean admits(long programId, String mentorKey, String menteeKey) {
        return programs.find(programId).filter(p -> ENROLLING.contains(ProgramStatus.valueOf(p.getStatus()))).isPresent()
                && store.approvedPair(programId, mentorKey, menteeKey) == 2;
    }
}
