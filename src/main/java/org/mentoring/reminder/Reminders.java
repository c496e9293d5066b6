package org.mentoring.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import net.java.ao.Entity;
import org.mentoring.error.ConflictException;
import org.mentoring.feedback.FeedbackRoundEntity;
import org.mentoring.goal.GoalEntity;
import org.mentoring.host.Notifications;
import org.mentoring.host.Notifications.ActorRole;
import org.mentoring.host.Person;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.program.ProgramEnrolmentEntity;
import org.mentoring.program.ProgramEntity;
import org.mentoring.program.ProgramManagerEntity;
import org.mentoring.relationship.AgreementEntity;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipEntity;
import org.mentoring.relationship.RelationshipStore;
import org.mentoring.web.PageLinks;

/**
 * Finds what is due for a reminder and sends each occurrence once. What is due is read from the current state, so a
 * resolved situation (an answered proposal, an accepted agreement, a logged meeting, a check-in, a submitted round)
 * reminds nobody; each occurrence has a key (the situation and its date), claimed in the database in the transaction
 * that notifies, so no node and no rerun sends it twice. Deactivated people get nothing. Notifications go out as each
 * person chose (in the app's "What's new", by mail at once or in the digest, or not).
 */
public final class Reminders {
    /** Rows read per query: every page of candidates costs a bounded number of statements. */
    static final int PAGE = 100;
    private static final List<String> OPEN_GOALS = List.of("DRAFT", "AGREED", "IN_PROGRESS", "IN_REVIEW");
    private static final Set<String> CHECKING_IN = Set.of("AGREED", "IN_PROGRESS", "IN_REVIEW");

    /** One occurrence of a reminder to one person. */
    record Due(ReminderType type, String occurrence, String recipientKey, String actorKey, ActorRole role, List<Object> args, String link) {
    }

    private final ReminderStore store;
    private final ReminderSettings settings;
    private final Notifications notifications;
    private final Transactions transactions;
    private final UserDirectory users;
    private final Clock clock;

    public Reminders(ReminderStore store, ReminderSettings settings, Notifications notifications, Transactions transactions,
                     UserDirectory users, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.notifications = notifications;
        this.transactions = transactions;
        this.users = users;
        this.clock = clock;
    }

    /** One pass over everything that may be due; returns how many reminders went out. */
    public int sendDue() {
        Instant now = clock.instant();
        return each(after -> store.relationships("PROPOSED", after, PAGE), rows -> proposals(rows, now), now)
                + each(after -> store.agreements(after, PAGE), rows -> agreements(rows, now), now)
                + each(after -> store.relationships("ACTIVE", after, PAGE), rows -> meetings(rows, now), now)
                + each(after -> store.goals(OPEN_GOALS, after, PAGE), rows -> goals(rows, now), now)
                + each(after -> store.openRounds(now.toEpochMilli(), after, PAGE), rows -> rounds(rows, now), now)
                + each(after -> store.programs("OPEN", after, PAGE), rows -> enrolmentClosing(rows, now), now)
                + each(after -> store.programs("OPEN", after, PAGE), rows -> List.of(), now, rows -> programEnding(rows, now))
                + each(after -> store.programs("RUNNING", after, PAGE), rows -> List.of(), now, rows -> programEnding(rows, now));
    }

    /** Pages through candidates in id order, each page read in its own transaction, and sends what is due. */
    private <E extends Entity> int each(IntFunction<E[]> page, Function<E[], List<Due>> due, Instant now) {
        return each(page, due, now, rows -> 0);
    }

    /** The same, with {@code sending} for candidates whose recipients are themselves paged (a program's people). */
    private <E extends Entity> int each(IntFunction<E[]> page, Function<E[], List<Due>> due, Instant now, Function<E[], Integer> sending) {
        int sent = 0;
        int after = 0;
        E[] rows;
        do {
            int from = after;
            E[] read = transactions.execute(() -> page.apply(from));
            rows = read;
            sent += send(due.apply(read), now) + sending.apply(read);
            after = rows.length == 0 ? after : rows[rows.length - 1].getID();
        } while (rows.length == PAGE);
        return sent;
    }

    private List<Due> proposals(RelationshipEntity[] rows, Instant now) {
        List<Due> due = new ArrayList<>();
        List<Long> byPrograms = java.util.Arrays.stream(rows).map(RelationshipStore::toRecord).filter(Relationship::proposedByProgram)
                .map(Relationship::id).toList();
        Map<Long, Set<String>> accepted = byPrograms.isEmpty() ? Map.of() : transactions.execute(() -> store.acceptedBy(byPrograms));
        for (RelationshipEntity e : rows) {
            Relationship r = RelationshipStore.toRecord(e);
            if (!now.isBefore(r.expiresAt())) {
                continue; // expired: the expiry job tells the proposer
            }
            ReminderSettings.Timings t = settings.forProgram(r.programId());
            String link = PageLinks.RELATIVE.relationship(r.id());
            boolean waiting = !now.isBefore(r.proposedAt().plus(Duration.ofDays(t.of(Threshold.PROPOSAL_WAITING_DAYS))));
            boolean expiring = !now.isBefore(r.expiresAt().minus(Duration.ofDays(t.of(Threshold.PROPOSAL_EXPIRING_DAYS))));
            // A program's proposal waits for both members: each is reminded, of the other as the one proposed.
            List<String> invitees = r.proposedByProgram() ? List.of(r.mentorKey(), r.menteeKey()) : List.of(r.inviteeKey());
            // The program proposed it, not the other member: its own words (the occurrence keys stay as they were).
            ReminderType waitingType = r.proposedByProgram() ? ReminderType.MATCH_PROPOSAL_WAITING : ReminderType.PROPOSAL_WAITING;
            ReminderType expiringType = r.proposedByProgram() ? ReminderType.MATCH_PROPOSAL_EXPIRING : ReminderType.PROPOSAL_EXPIRING;
            for (String invitee : invitees) {
                if (accepted.getOrDefault(r.id(), Set.of()).contains(invitee)) {
                    continue; // they accepted already: the proposal waits for the other member
                }
                String named = r.proposedByProgram() ? r.otherMember(invitee) : r.proposerKey();
                String suffix = r.proposedByProgram() ? ":" + invitee : "";
                ActorRole role = role(r, named);
                if (waiting) {
                    due.add(new Due(waitingType, "PROPOSAL_WAITING:" + r.id() + suffix, invitee, named, role, List.of(), link));
                }
                if (expiring) {
                    due.add(new Due(expiringType, "PROPOSAL_EXPIRING:" + r.id() + suffix, invitee, named, role,
                            List.of(day(r.expiresAt()).toString()), link));
                }
            }
        }
        return due;
    }

    private List<Due> agreements(AgreementEntity[] rows, Instant now) {
        Map<Long, RelationshipEntity> relationships = transactions.execute(() -> store.relationshipsById(
                java.util.Arrays.stream(rows).map(AgreementEntity::getRelationshipId).toList()));
        List<Due> due = new ArrayList<>();
        for (AgreementEntity a : rows) {
            RelationshipEntity e = relationships.get(a.getRelationshipId());
            if (e == null || !("ACTIVE".equals(e.getStatus()) || "PAUSED".equals(e.getStatus()))) {
                continue;
            }
            Relationship r = RelationshipStore.toRecord(e);
            int days = settings.forProgram(r.programId()).of(Threshold.AGREEMENT_WAITING_DAYS);
            if (now.isBefore(Instant.ofEpochMilli(a.getUpdatedAt()).plus(Duration.ofDays(days)))) {
                continue;
            }
            for (String member : List.of(r.mentorKey(), r.menteeKey())) {
                int accepted = member.equals(r.mentorKey()) ? a.getMentorAcceptedRev() : a.getMenteeAcceptedRev();
                if (accepted < a.getRevision()) {
                    String other = r.otherMember(member);
                    due.add(new Due(ReminderType.AGREEMENT_WAITING, "AGREEMENT_WAITING:" + r.id() + ":" + a.getRevision() + ":" + member,
                            member, other, role(r, other), List.of(), PageLinks.RELATIVE.relationship(r.id())));
                }
            }
        }
        return due;
    }

    private List<Due> meetings(RelationshipEntity[] rows, Instant now) {
        LocalDate today = day(now);
        List<Due> due = new ArrayList<>();
        for (RelationshipEntity e : rows) {
            Relationship r = RelationshipStore.toRecord(e);
            LocalDate next = r.nextMeeting();
            int days = settings.forProgram(r.programId()).of(Threshold.MEETING_OVERDUE_DAYS);
            if (next == null || !r.meetingOverdue(today) || today.isBefore(next.plusDays(days))) {
                continue;
            }
            for (String member : List.of(r.mentorKey(), r.menteeKey())) {
                String other = r.otherMember(member);
                due.add(new Due(ReminderType.MEETING_OVERDUE, "MEETING_OVERDUE:" + r.id() + ":" + next + ":" + member, member, other,
                        role(r, other), List.of(next.toString()), PageLinks.RELATIVE.relationshipSection(r.id(), "sessions")));
            }
        }
        return due;
    }

    private List<Due> goals(GoalEntity[] rows, Instant now) {
        LocalDate today = day(now);
        Map<Long, RelationshipEntity> relationships = transactions.execute(() -> store.relationshipsById(
                java.util.Arrays.stream(rows).map(GoalEntity::getRelationshipId).toList()));
        List<Due> due = new ArrayList<>();
        for (GoalEntity g : rows) {
            RelationshipEntity e = relationships.get(g.getRelationshipId());
            if (e == null || !"ACTIVE".equals(e.getStatus())) {
                continue;
            }
            Relationship r = RelationshipStore.toRecord(e);
            ReminderSettings.Timings t = settings.forProgram(r.programId());
            String owner = g.getOwnerKey();
            String other = r.otherMember(owner);
            ActorRole role = role(r, other);
            String link = PageLinks.RELATIVE.goal(g.getID());
            Integer interval = r.meetingIntervalDays();
            long since = g.getLastCheckinAt() != null ? g.getLastCheckinAt() : g.getCreatedAt();
            if (CHECKING_IN.contains(g.getStatus()) && interval != null
                    && Instant.ofEpochMilli(since).plus(Duration.ofDays(interval)).isBefore(now)) {
                due.add(new Due(ReminderType.CHECK_IN_DUE, "CHECK_IN_DUE:" + g.getID() + ":" + since, owner, other, role,
                        List.of(g.getTitle()), link));
            }
            if (g.getTargetDate() != null) {
                LocalDate target = LocalDate.parse(g.getTargetDate());
                if (today.isAfter(target)) {
                    due.add(new Due(ReminderType.GOAL_OVERDUE, "GOAL_OVERDUE:" + g.getID() + ":" + target, owner, other, role,
                            List.of(g.getTitle(), target.toString()), link));
                } else if (!today.isBefore(target.minusDays(t.of(Threshold.GOAL_DUE_SOON_DAYS)))) {
                    due.add(new Due(ReminderType.GOAL_DUE_SOON, "GOAL_DUE_SOON:" + g.getID() + ":" + target, owner, other, role,
                            List.of(g.getTitle(), target.toString()), link));
                }
            }
        }
        return due;
    }

    private List<Due> rounds(FeedbackRoundEntity[] rows, Instant now) {
        Map<Long, RelationshipEntity> relationships = transactions.execute(() -> store.relationshipsById(
                java.util.Arrays.stream(rows).map(FeedbackRoundEntity::getRelationshipId).toList()));
        List<Due> due = new ArrayList<>();
        for (FeedbackRoundEntity round : rows) {
            RelationshipEntity e = relationships.get(round.getRelationshipId());
            if (e == null || !"ACTIVE".equals(e.getStatus())) {
                continue;
            }
            Relationship r = RelationshipStore.toRecord(e);
            Instant deadline = Instant.ofEpochMilli(round.getDeadline());
            if (now.isBefore(deadline.minus(Duration.ofDays(settings.forProgram(r.programId()).of(Threshold.ROUND_CLOSING_DAYS))))) {
                continue;
            }
            for (String member : List.of(r.mentorKey(), r.menteeKey())) {
                Long submitted = member.equals(r.mentorKey()) ? round.getMentorSubmittedAt() : round.getMenteeSubmittedAt();
                if (submitted == null) {
                    String other = r.otherMember(member);
                    due.add(new Due(ReminderType.ROUND_CLOSING, "ROUND_CLOSING:" + round.getID() + ":" + member, member, other,
                            role(r, other), List.of(day(deadline).toString()), PageLinks.RELATIVE.relationshipSection(r.id(), "feedback")));
                }
            }
        }
        return due;
    }

    private List<Due> enrolmentClosing(ProgramEntity[] rows, Instant now) {
        LocalDate today = day(now);
        List<Due> due = new ArrayList<>();
        for (ProgramEntity p : rows) {
            if (p.getEnrolUntil() == null) {
                continue;
            }
            LocalDate until = LocalDate.parse(p.getEnrolUntil());
            int days = settings.forProgram((long) p.getID()).of(Threshold.ENROLMENT_CLOSING_DAYS);
            if (today.isAfter(until) || today.isBefore(until.minusDays(days))) {
                continue;
            }
            int after = 0;
            ProgramManagerEntity[] managers;
            do {
                int from = after;
                managers = transactions.execute(() -> store.managers(p.getID(), from, PAGE));
                for (ProgramManagerEntity m : managers) {
                    due.add(new Due(ReminderType.ENROLMENT_CLOSING, "ENROLMENT_CLOSING:" + p.getID() + ":" + until + ":" + m.getUserKey(),
                            m.getUserKey(), null, null, List.of(p.getName(), until.toString()), PageLinks.RELATIVE.myMentoring()));
                }
                after = managers.length == 0 ? after : managers[managers.length - 1].getID();
            } while (managers.length == PAGE);
        }
        return due;
    }

    /**
     * Programs ending soon (the one place program-end reminders come from). Each member of one of the program's live
     * mentorships hears, per mentorship, that it ends with the program and how to go on informally (on the mentorship's
     * page); everyone else approved in the program hears that it ends. A page of mentorships, then of enrolments, at a
     * time (a program may have thousands).
     */
    private int programEnding(ProgramEntity[] rows, Instant now) {
        LocalDate today = day(now);
        int sent = 0;
        for (ProgramEntity p : rows) {
            if (p.getEndsOn() == null) {
                continue;
            }
            LocalDate ends = LocalDate.parse(p.getEndsOn());
            int days = settings.forProgram((long) p.getID()).of(Threshold.PROGRAM_ENDING_DAYS);
            if (today.isAfter(ends) || today.isBefore(ends.minusDays(days))) {
                continue;
            }
            List<Object> args = List.of(p.getName(), ends.toString());
            int after = 0;
            RelationshipEntity[] pairs;
            do {
                int from = after;
                pairs = transactions.execute(() -> store.liveOfProgram(p.getID(), from, PAGE));
                List<Due> page = new ArrayList<>();
                for (RelationshipEntity e : pairs) {
                    Relationship r = RelationshipStore.toRecord(e);
                    for (String member : List.of(r.mentorKey(), r.menteeKey())) {
                        String other = r.otherMember(member);
                        page.add(new Due(ReminderType.MENTORSHIP_ENDING, mentorshipEnding(p.getID(), ends, r.id(), member), member, other,
                                role(r, other), args, PageLinks.RELATIVE.relationship(r.id())));
                    }
                }
                sent += send(page, now);
                after = pairs.length == 0 ? after : pairs[pairs.length - 1].getID();
            } while (pairs.length == PAGE);
            after = 0;
            ProgramEnrolmentEntity[] people;
            do {
                int from = after;
                people = transactions.execute(() -> store.approved(p.getID(), from, PAGE));
                List<String> keys = java.util.Arrays.stream(people).map(ProgramEnrolmentEntity::getUserKey).toList();
                Set<String> paired = transactions.execute(() -> store.inLiveMentorship(p.getID(), keys));
                List<Due> page = new ArrayList<>();
                for (String person : keys) {
                    if (!paired.contains(person)) {
                        page.add(new Due(ReminderType.PROGRAM_ENDING, "PROGRAM_ENDING:" + p.getID() + ":" + ends + ":" + person,
                                person, null, null, args, PageLinks.RELATIVE.myMentoring()));
                    }
                }
                sent += send(page, now);
                after = people.length == 0 ? after : people[people.length - 1].getID();
            } while (people.length == PAGE);
        }
        return sent;
    }

    /** A mentorship-ending occurrence; {@link ReminderStore#sent} also knows it by the key the program's own job used before. */
    static String mentorshipEnding(long programId, LocalDate ends, long relationshipId, String member) {
        return ReminderType.MENTORSHIP_ENDING.name() + ":" + programId + ":" + ends + ":" + relationshipId + ":" + member;
    }

    /** Sends the page's occurrences not yet sent (one query finds those), each claimed in the transaction that notifies. */
    private int send(List<Due> due, Instant now) {
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> sent = transactions.execute(() -> store.sent(due.stream().map(Due::occurrence).toList()));
        int count = 0;
        for (Due d : due) {
            if (sent.contains(d.occurrence()) || !active(d.recipientKey())) {
                continue;
            }
            try {
                boolean claimed = transactions.execute(() -> {
                    if (!store.claim(d.occurrence(), d.recipientKey(), now.toEpochMilli())) {
                        return false;
                    }
                    notifications.send(new Notifications.Notification(d.recipientKey(), d.actorKey(), d.role(), d.type().messageKey(),
                            d.args(), d.link()));
                    return true;
                });
                count += claimed ? 1 : 0;
            } catch (ConflictException lostEveryTry) {
                // another node kept winning this occurrence: it is sent, by that node
            }
        }
        return count;
    }

    private boolean active(String userKey) {
        return users.find(userKey).map(Person::active).orElse(false);
    }

    private static ActorRole role(Relationship r, String userKey) {
        return userKey.equals(r.mentorKey()) ? ActorRole.MENTOR : ActorRole.MENTEE;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
