package org.mentoring.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
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

    /** {@code actorKey} enrols in the program; {@code capacity} (mentors) is at most the program's mentor cap. */
    public Enrolment enrol(String actorKey, long programId, boolean asMentor, boolean asMentee, Integer capacity) {
        if (actorKey == null || users.find(actorKey).filter(Person::active).isEmpty()) {
            throw new NotFoundException("program");
        }
        Program p = programs.find(programId).map(ProgramStore::toRecord).filter(x -> ENROLLING.contains(x.status()))
                .orElseThrow(() -> new NotFoundException("program"));
        Problems problems = new Problems();
        if (!asMentor && !asMentee) {
            problems.add("role", "mentoring.enrolment.role");
        }
        if (capacity != null) {
            if (!asMentor) {
                problems.add("capacity", "mentoring.enrolment.capacity.mentor");
            } else {
                problems.checkRange("capacity", capacity, 1, p.mentorCap() == null ? 20 : p.mentorCap());
            }
        }
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
                        p.autoApprove() ? EnrolmentStatus.APPROVED : EnrolmentStatus.PENDING, taken, clock.millis()));
            });
        } catch (StoreException e) {
            if (StoreException.isConcurrentWriteConflict(e)) {
                throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.twice"));
            }
            throw e;
        }
    }

    /** A manager or administrator approves ({@code approve}) or declines a pending enrolment. */
    public Enrolment decide(String actorKey, long programId, String userKey, boolean approve) {
        if (!access.permitsProgram(actorKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
        if (!access.permitsProgram(actorKey, programId, ProgramAction.DECIDE_ENROLMENT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.managers"));
        }
        return transactions.execute(() -> {
            ProgramEnrolmentEntity e = store.find(programId, userKey).orElseThrow(() -> new NotFoundException("enrolment"));
            if (!EnrolmentStatus.PENDING.name().equals(e.getStatus())) {
                throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.decided"));
            }
            e.setStatus((approve ? EnrolmentStatus.APPROVED : EnrolmentStatus.DECLINED).name());
            e.setDecidedBy(actorKey);
            e.setDecidedAt(clock.millis());
            e.save();
            return EnrolmentStore.toRecord(e);
        });
    }

    /** The person leaves the program (pending or approved). */
    public Enrolment withdraw(String actorKey, long programId) {
        return transactions.execute(() -> {
            ProgramEnrolmentEntity e = store.find(programId, actorKey == null ? "" : actorKey)
                    .orElseThrow(() -> new NotFoundException("enrolment"));
            if (!Set.of(EnrolmentStatus.PENDING.name(), EnrolmentStatus.APPROVED.name()).contains(e.getStatus())) {
                throw new RuleViolationException(Problem.of(null, "mentoring.enrolment.decided"));
            }
            e.setStatus(EnrolmentStatus.WITHDRAWN.name());
            e.save();
            return EnrolmentStore.toRecord(e);
        });
    }

    /** The program exists, is open or running, and both people are approved in it in their roles. */
    @Override
    public boolean admits(long programId, String mentorKey, String menteeKey) {
        return programs.find(programId).filter(p -> ENROLLING.contains(ProgramStatus.valueOf(p.getStatus()))).isPresent()
                && store.approvedPair(programId, mentorKey, menteeKey) == 2;
    }
}
