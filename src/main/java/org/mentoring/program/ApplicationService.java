package org.mentoring.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProgramAction;
import org.mentoring.error.ConflictException;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.error.RuleViolationException;
import org.mentoring.host.Notifications;
import org.mentoring.notification.NotificationKind;
import org.mentoring.host.Settings;
import org.mentoring.host.Transactions;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.people.FitScore;
import org.mentoring.relationship.Move;
import org.mentoring.relationship.MoveRequest;
import org.mentoring.relationship.Proposal;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipService;
import org.mentoring.web.PageLinks;

/**
 * Choosing in programs whose matching mode lets people choose — one implementation with a direction
 * ({@link MatchingMode#MENTEE_CHOOSES}: approved mentees apply to approved mentors, a mentor accepts;
 * {@link MatchingMode#MENTOR_CHOOSES}: the reverse). The applicant sees the other side ranked by the program's fit
 * score ({@link ProgramPool}) and applies to at most the program's {@link #maxApplications}; the chooser accepts one
 * application, which proposes the formal relationship as the applicant and accepts it as the chooser (the usual
 * proposal flow, its notices and capacity claims), then withdraws the mentee's other open applications (and a full
 * mentor's own ones). The hard constraints of manager matching hold at apply and at accept time.
 *
 * <p>Like manager matching, choosing runs while the program is OPEN or RUNNING: a cohort's pairs may form during
 * enrolment, and the relationship itself requires an enrolling program ({@code FormalPrograms#admits}).
 *
 * <p>Races are settled by {@link ApplicationClaimEntity} keys taken after the counts they number are read: the
 * applicant's n-th application, the mentor's and the mentee's n-th acceptance, one decision per application. The
 * loser's transaction runs again (the transaction port) and then finds the application closed or the mentor full: 409.
 *
 * <p>Who sees what: the two people each application names; the program's managers see counts only ({@link #counts}),
 * never who applied to whom nor the note; anyone not in the program and not running it finds no program (404).
 */
public final class ApplicationService {
    public static final int DEFAULT_MAX_APPLICATIONS = 3;
    public static final int MAX_APPLICATIONS_LIMIT = 20;
    public static final int MAX_NOTE = 2000;
    private static final Set<ProgramStatus> CHOOSING = Set.of(ProgramStatus.OPEN, ProgramStatus.RUNNING);
    /** Program notices: NotificationKind files them under PROGRAM. */
    private static final String NOTICE = NotificationKind.PROGRAM_NOTICE;

    /**
     * A possible partner on the applicant's ranked list: the score explained, room (mentors), why they may not be chosen
     * now ({@link ProgramPool.Refusal}'s names, or DECLINED: they declined the viewer's application), and the viewer's
     * latest application to them.
     */
    public record Candidate(String userKey, FitScore.Fit fit, Integer room, String refusal, Application application) {
    }

    /** Where an acceptance left things: the accepted application, its relationship, and how many others closed with it. */
    public record Accepted(Application application, Relationship relationship, int othersWithdrawn) {
    }

    private final ApplicationStore store;
    private final EnrolmentStore enrolments;
    private final ProgramPool.Reader pools;
    private final ProgramStore programs;
    private final RelationshipService relationships;
    private final AccessPolicy access;
    private final Notifications notifications;
    private final Settings settings;
    private final Transactions transactions;
    private final Clock clock;

    public ApplicationService(ApplicationStore store, EnrolmentStore enrolments, ProgramPool.Reader pools, ProgramStore programs,
                              RelationshipService relationships, AccessPolicy access,
                              Notifications notifications, Settings settings, Transactions transactions, Clock clock) {
        this.store = store;
        this.enrolments = enrolments;
        this.pools = pools;
        this.programs = programs;
        this.relationships = relationships;
        this.access = access;
        this.notifications = notifications;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- the program's setting ----

    /** How many open applications one person may have in the program at once. */
    public int maxApplications(String viewerKey, long programId) {
        visible(viewerKey, programId);
        return maxApplications(programId);
    }

    /** Sets the program's limit (its managers and administrators): 1–20, 400 naming {@code maxApplications} otherwise. */
    public int setMaxApplications(String actorKey, long programId, Integer value) {
        Program p = visible(actorKey, programId).program();
        if (!access.permitsProgram(actorKey, programId, ProgramAction.DECIDE_ENROLMENT)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.program.managers"));
        }
        Problems problems = new Problems();
        if (value == null) {
            problems.add("maxApplications", "mentoring.error.required");
        } else {
            problems.checkRange("maxApplications", value, 1, MAX_APPLICATIONS_LIMIT);
        }
        problems.throwIfAny();
        settings.put(settingKey(p.id()), Integer.toString(value));
        return value;
    }

    private int maxApplications(long programId) {
        return settings.get(settingKey(programId)).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return DEFAULT_MAX_APPLICATIONS;
            }
        }).orElse(DEFAULT_MAX_APPLICATIONS);
    }

    static String settingKey(long programId) {
        return "mentoring.program." + programId + ".maxApplications";
    }

    // ---- reading ----

    /** The program, for someone enrolled in it or running it (the pages' heading); not found for anyone else. */
    public Program program(String viewerKey, long programId) {
        return visible(viewerKey, programId).program();
    }

    /** Whether the viewer applies in this program now (an approved enrolment in the applying role of a choosing mode). */
    public boolean applies(String viewerKey, long programId) {
        Seat seat = visible(viewerKey, programId);
        MatchingMode mode = seat.program().matching();
        return mode != MatchingMode.MANAGER && seat.enrolment().filter(e -> e.status() == EnrolmentStatus.APPROVED
                && (mode == MatchingMode.MENTEE_CHOOSES ? e.asMentee() : e.asMentor())).isPresent();
    }

    /** Whether the viewer is applied to in this program (an approved enrolment in the choosing role of a choosing mode). */
    public boolean chooses(String viewerKey, long programId) {
        Seat seat = visible(viewerKey, programId);
        MatchingMode mode = seat.program().matching();
        return mode != MatchingMode.MANAGER && seat.enrolment().filter(e -> e.status() == EnrolmentStatus.APPROVED
                && (mode == MatchingMode.MENTEE_CHOOSES ? e.asMentor() : e.asMentee())).isPresent();
    }

    /**
     * The other side of the program, ranked by fit (best first, then by key), for an approved applicant: every
     * candidate but themselves, each with the score's terms, room (mentors; 0 shows full), why they may not be chosen
     * now (or null), and the viewer's latest application to them.
     */
    public Page<Candidate> candidates(String viewerKey, long programId, PageRequest page) {
        Seat seat = visible(viewerKey, programId);
        Program p = choosing(seat.program());
        requireApplicant(seat, p);
        ProgramPool pool = pool(p);
        boolean menteeApplies = p.matching() == MatchingMode.MENTEE_CHOOSES;
        Map<String, Application> mine = new HashMap<>();
        for (Application a : store.sentBy(programId, viewerKey)) {
            mine.put(a.chooserKey(), a); // by id order: the latest wins
        }
        List<Candidate> all = new ArrayList<>();
        for (Enrolment e : (menteeApplies ? pool.mentors : pool.mentees).values()) {
            if (e.userKey().equals(viewerKey)) {
                continue;
            }
            String mentee = menteeApplies ? viewerKey : e.userKey();
            String mentor = menteeApplies ? e.userKey() : viewerKey;
            ProgramPool.Refusal refusal = pool.refusal(mentee, mentor);
            Application last = mine.get(e.userKey());
            String why = refusal != null ? refusal.name()
                    : last != null && last.status() == ApplicationStatus.DECLINED ? "DECLINED" : null;
            all.add(new Candidate(e.userKey(), pool.score(mentee, mentor), menteeApplies ? pool.room(mentor) : null, why, last));
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.fit().total()).thenComparing(Candidate::userKey));
        int from = Math.min(page.startAt(), all.size());
        int to = Math.min(from + page.maxResults(), all.size());
        return new Page<>(page.startAt(), page.maxResults(), all.size(), List.copyOf(all.subList(from, to)));
    }

    /** A page of the viewer's own applications in the program: sent, received, or both; optionally only some statuses. */
    public Page<Application> list(String viewerKey, long programId, ApplicationStore.Side side, Set<ApplicationStatus> statuses,
                                  PageRequest page) {
        visible(viewerKey, programId);
        return store.page(programId, viewerKey, side, statuses, page);
    }

    /** One application, for the two people it names only. */
    public Application get(String viewerKey, long programId, long id) {
        visible(viewerKey, programId);
        Application a = store.find(programId, id).map(ApplicationStore::toRecord).orElseThrow(() -> new NotFoundException("application"));
        if (!viewerKey.equals(a.applicantKey()) && !viewerKey.equals(a.chooserKey())) {
            throw new NotFoundException("application");
        }
        return a;
    }

    /** The program's applications by status, for its managers and administrators (the dashboard): counts only. */
    public Map<ApplicationStatus, Integer> counts(String viewerKey, long programId) {
        programs.find(programId).orElseThrow(() -> new NotFoundException("program"));
        if (!access.permitsProgram(viewerKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
        return store.counts(programId);
    }

    // ---- writing ----

    /** The viewer applies to {@code chooserKey} with an optional note; the chooser is told. */
    public Application apply(String viewerKey, long programId, String chooserKey, String note) {
        Seat seat = visible(viewerKey, programId);
        Program p = choosing(seat.program());
        Problems problems = new Problems();
        String chooser = problems.requiredText("chooserKey", chooserKey, RelationshipService.MAX_KEY);
        String text = problems.optionalText("note", note, MAX_NOTE);
        problems.throwIfAny();
        Enrolment applicant = requireApplicant(seat, p);
        boolean menteeApplies = p.matching() == MatchingMode.MENTEE_CHOOSES;
        int limit = maxApplications(programId);
        Application sent = transactions.execute(() -> {
            // Counted before anything is checked: a racing twin numbers its application the same and loses the claim.
            int seq = store.countSent(programId, viewerKey, false);
            int open = store.countSent(programId, viewerKey, true);
            ProgramPool pool = pool(p);
            if ((menteeApplies ? pool.mentor(chooser) : pool.mentee(chooser)).isEmpty()) {
                problems.add("chooserKey", menteeApplies ? "mentoring.application.notmentor" : "mentoring.application.notmentee").throwIfAny();
            }
            if (chooser.equals(viewerKey)) {
                problems.add("chooserKey", "mentoring.relationship.same.person").throwIfAny();
            }
            String mentor = menteeApplies ? chooser : viewerKey;
            String mentee = menteeApplies ? viewerKey : chooser;
            refuse(pool.refusal(mentee, mentor), "chooserKey");
            // A declined application is the chooser saying no to this pair: like a declined proposal, not asked again.
            if (store.declinedBetween(programId, mentor, mentee)) {
                throw new RuleViolationException(Problem.of("chooserKey", "mentoring.application.refusal.declined"));
            }
            if (store.openBetween(programId, mentor, mentee).isPresent()) {
                throw new RuleViolationException(Problem.of("chooserKey", "mentoring.application.twice"));
            }
            if (open >= limit) {
                throw new RuleViolationException(Problem.of("chooserKey", "mentoring.application.limit", limit));
            }
            Map<String, Object> values = new HashMap<>();
            values.put(ApplicationEntity.PROGRAM_ID, programId);
            values.put(ApplicationEntity.MODE, p.matching().name());
            values.put(ApplicationEntity.MENTOR_KEY, mentor);
            values.put(ApplicationEntity.MENTEE_KEY, mentee);
            values.put(ApplicationEntity.STATUS, ApplicationStatus.OPEN.name());
            values.put(ApplicationEntity.NOTE, text);
            values.put(ApplicationEntity.APPLIED_AT, clock.millis());
            ApplicationEntity created = store.insert(values);
            store.claim("apply:" + programId + ":" + applicant.id() + ":" + seq, created.getID());
            return ApplicationStore.toRecord(created);
        });
        tell(sent.chooserKey(), sent, "APPLIED", p);
        return sent;
    }

    /**
     * The chooser accepts: the relationship is proposed by the applicant (their application is their consent) and
     * accepted by the chooser, as the program's; the mentee's other open applications close (MATCHED), and so do a
     * mentor's own open applications once they have no room left (FULL); each person they named is told.
     */
    public Accepted accept(String viewerKey, long programId, long id) {
        Seat seat = visible(viewerKey, programId);
        Program p = choosing(seat.program());
        List<Runnable> notices = new ArrayList<>();
        Accepted accepted = transactions.execute(() -> {
            notices.clear();
            ApplicationEntity e = decidable(viewerKey, programId, id, true);
            Application a = ApplicationStore.toRecord(e);
            // Counted before anything is checked: two acceptances racing for one mentor or one mentee claim the same number.
            int mentorSeq = store.countAccepted(programId, a.mentorKey(), true);
            int menteeSeq = store.countAccepted(programId, a.menteeKey(), false);
            ProgramPool pool = pool(p);
            Enrolment mentor = pool.mentor(a.mentorKey()).orElseThrow(() ->
                    new RuleViolationException(Problem.of(null, "mentoring.application.role")));
            Enrolment mentee = pool.mentee(a.menteeKey()).orElseThrow(() ->
                    new RuleViolationException(Problem.of(null, "mentoring.application.role")));
            ProgramPool.Refusal refusal = pool.refusal(a.menteeKey(), a.mentorKey());
            if (refusal == ProgramPool.Refusal.FULL || refusal == ProgramPool.Refusal.MATCHED) {
                throw new ConflictException(Problem.of(null, "mentoring.application.refusal." + refusal.name().toLowerCase(Locale.ROOT)));
            }
            refuse(refusal, null);
            store.claim("decide:" + e.getID(), e.getID());
            store.claim("mentor:" + programId + ":" + mentor.id() + ":" + mentorSeq, e.getID());
            store.claim("mentee:" + programId + ":" + mentee.id() + ":" + menteeSeq, e.getID());
            Relationship r = relationships.propose(a.applicantKey(), new Proposal(a.mentorKey(), a.menteeKey(), "FORMAL", programId, a.note()));
            r = relationships.move(a.chooserKey(), r.id(), Move.ACCEPT, MoveRequest.none());
            long now = clock.millis();
            e.setStatus(ApplicationStatus.ACCEPTED.name());
            e.setDecidedAt(now);
            e.setRelationshipId(r.id());
            e.save();
            answered(a);
            int closed = 0;
            for (ApplicationEntity other : store.openNaming(programId, a.menteeKey())) {
                closed += close(other, "MATCHED", now, notices, p);
            }
            if (pool.room(a.mentorKey()) <= 1) {
                for (ApplicationEntity other : store.openNaming(programId, a.mentorKey())) {
                    if (MatchingMode.MENTOR_CHOOSES.name().equals(other.getMode()) && other.getMentorKey().equals(a.mentorKey())) {
                        closed += close(other, "FULL", now, notices, p);
                    }
                }
            }
            return new Accepted(ApplicationStore.toRecord(e), r, closed);
        });
        notices.forEach(Runnable::run);
        return accepted;
    }

    /** The chooser declines; the applicant is told. */
    public Application decline(String viewerKey, long programId, long id) {
        return settle(viewerKey, programId, id, true, ApplicationStatus.DECLINED, null);
    }

    /** The applicant withdraws; the chooser is told. */
    public Application withdraw(String viewerKey, long programId, long id) {
        return settle(viewerKey, programId, id, false, ApplicationStatus.WITHDRAWN, "APPLICANT");
    }

    /** An open application closed by one of its two people ({@code byChooser} or the applicant); the other is told. */
    private Application settle(String viewerKey, long programId, long id, boolean byChooser, ApplicationStatus status, String reason) {
        Program p = visible(viewerKey, programId).program();
        Application a = transactions.execute(() -> {
            ApplicationEntity e = decidable(viewerKey, programId, id, byChooser);
            store.claim("decide:" + e.getID(), e.getID());
            e.setStatus(status.name());
            if (reason != null) {
                e.setReason(reason);
            }
            e.setDecidedAt(clock.millis());
            e.save();
            answered(ApplicationStore.toRecord(e));
            return ApplicationStore.toRecord(e);
        });
        tell(byChooser ? a.applicantKey() : a.chooserKey(), a, status.name(), p);
        return a;
    }

    /** The person leaves (erasure): every open application naming them closes, without telling anyone who they were. */
    int withdrawAllOf(String userKey) {
        int closed = 0;
        for (ApplicationEntity e : store.openNamingAnywhere(userKey)) {
            store.claim("decide:" + e.getID(), e.getID());
            e.setStatus(ApplicationStatus.WITHDRAWN.name());
            e.setReason("ERASED");
            e.setDecidedAt(clock.millis());
            e.save();
            answered(ApplicationStore.toRecord(e));
            closed++;
        }
        return closed;
    }

    // ---- rules ----

    /** The viewer's seat: the program and their enrolment in it, if any. */
    private record Seat(Program program, Optional<Enrolment> enrolment) {
    }

    /** The program, if the viewer is enrolled in it or may see it (its managers, administrators); otherwise not found. */
    private Seat visible(String viewerKey, long programId) {
        Program p = programs.find(programId).map(ProgramStore::toRecord).orElseThrow(() -> new NotFoundException("program"));
        Optional<Enrolment> enrolment = viewerKey == null ? Optional.empty()
                : enrolments.find(programId, viewerKey).map(EnrolmentStore::toRecord);
        if (enrolment.isEmpty() && !access.permitsProgram(viewerKey, programId, ProgramAction.SEE)) {
            throw new NotFoundException("program");
        }
        return new Seat(p, enrolment);
    }

    private static Program choosing(Program p) {
        if (p.matching() == MatchingMode.MANAGER) {
            throw new RuleViolationException(Problem.of(null, "mentoring.application.mode"));
        }
        if (!CHOOSING.contains(p.status())) {
            throw new RuleViolationException(Problem.of(null, "mentoring.matching.status", p.status().name().toLowerCase(Locale.ROOT)));
        }
        return p;
    }

    /** The viewer's approved enrolment in the applying role, or 403 (they are in the program, or run it, but do not apply). */
    private static Enrolment requireApplicant(Seat seat, Program p) {
        boolean menteeApplies = p.matching() == MatchingMode.MENTEE_CHOOSES;
        return seat.enrolment().filter(e -> e.status() == EnrolmentStatus.APPROVED && (menteeApplies ? e.asMentee() : e.asMentor()))
                .orElseThrow(() -> new ForbiddenException(Problem.of(null,
                        menteeApplies ? "mentoring.application.applicant.mentee" : "mentoring.application.applicant.mentor")));
    }

    /** An open application the viewer may decide: the chooser ({@code asChooser}) or the applicant. */
    private ApplicationEntity decidable(String viewerKey, long programId, long id, boolean asChooser) {
        ApplicationEntity e = store.find(programId, id).orElseThrow(() -> new NotFoundException("application"));
        Application a = ApplicationStore.toRecord(e);
        if (!viewerKey.equals(a.applicantKey()) && !viewerKey.equals(a.chooserKey())) {
            throw new NotFoundException("application");
        }
        if (!viewerKey.equals(asChooser ? a.chooserKey() : a.applicantKey())) {
            throw new ForbiddenException(Problem.of(null, asChooser ? "mentoring.application.chooseronly" : "mentoring.application.applicantonly"));
        }
        if (a.status() != ApplicationStatus.OPEN) {
            throw new ConflictException(Problem.of(null, "mentoring.application.closed", a.status().name().toLowerCase(Locale.ROOT)));
        }
        return e;
    }

    private static void refuse(ProgramPool.Refusal refusal, String field) {
        if (refusal != null) {
            throw new RuleViolationException(Problem.of(field, "mentoring.application.refusal." + refusal.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Closes another open application as withdrawn ({@code reason}); its chooser will be told. */
    private int close(ApplicationEntity other, String reason, long now, List<Runnable> notices, Program p) {
        store.claim("decide:" + other.getID(), other.getID());
        other.setStatus(ApplicationStatus.WITHDRAWN.name());
        other.setReason(reason);
        other.setDecidedAt(now);
        other.save();
        Application closed = ApplicationStore.toRecord(other);
        answered(closed);
        notices.add(() -> tell(closed.chooserKey(), closed, "CLOSED_" + reason, p));
        return 1;
    }

    private ProgramPool pool(Program p) {
        return pools.read(p);
    }

    /**
     * {@code recipient} hears about an application; the sentence names the other person (never the note). The chooser's
     * link names the application, so that its "applied" notice can be retracted alone once it is decided.
     */
    private void tell(String recipient, Application a, String what, Program p) {
        String other = recipient.equals(a.mentorKey()) ? a.menteeKey() : a.mentorKey();
        Notifications.ActorRole role = other.equals(a.mentorKey()) ? Notifications.ActorRole.MENTOR : Notifications.ActorRole.MENTEE;
        boolean toChooser = recipient.equals(a.chooserKey());
        notifications.send(new Notifications.Notification(recipient, other, role, NOTICE + "APPLICATION_" + what, List.of(p.name()),
                toChooser ? PageLinks.RELATIVE.programApplication(p.id(), a.id()) : PageLinks.RELATIVE.programChoose(p.id())));
    }

    /** The application is decided (in the deciding transaction): "X applied", unseen, asks nothing any more. */
    private void answered(Application a) {
        notifications.retract(NOTICE + "APPLICATION_APPLIED", PageLinks.RELATIVE.programApplication(a.programId(), a.id()));
    }
}
