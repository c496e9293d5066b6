package org.mentoring.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.goal.GoalStatus;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipStatus;

/**
 * The program dashboard: for the program's managers and administrators (the access policy's SEE on the program;
 * anyone else gets "not found", a manager of another program included). Aggregates only — counts of enrolments,
 * matches, relationships by status, agreements, meetings against the agreed cadence, goals by status, feedback given
 * and alumni — never a note, a feedback text or a rating, and never a group of fewer than three on its own.
 */
public final class ProgramDashboardService {
    /** Relationship statuses reached only through acceptance: the mentee was matched. */
    static final Set<RelationshipStatus> MATCHED = Set.of(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED,
            RelationshipStatus.COMPLETED, RelationshipStatus.ENDED, RelationshipStatus.ALUMNI);

    private final ProgramService programs;
    private final ProgramDashboardStore store;
    private final ApplicationStore applications;
    private final Clock clock;

    public ProgramDashboardService(ProgramService programs, ProgramDashboardStore store, ApplicationStore applications, Clock clock) {
        this.programs = programs;
        this.store = store;
        this.applications = applications;
        this.clock = clock;
    }

    public ProgramDashboard dashboard(String viewerKey, long programId) {
        Program program = programs.get(viewerKey, programId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ProgramDashboardStore.EnrolmentRow> enrolments = store.enrolments(programId);
        List<Relationship> pairs = store.relationships(programId);
        List<DashboardSection> sections = new ArrayList<>();

        Map<String, Long> approvedMentees = new HashMap<>();
        Map<String, Integer> byEnrolment = new LinkedHashMap<>();
        for (EnrolmentStatus s : EnrolmentStatus.values()) {
            byEnrolment.put(s.name(), 0);
        }
        for (ProgramDashboardStore.EnrolmentRow e : enrolments) {
            byEnrolment.merge(e.status().name(), 1, Integer::sum);
            if (e.status() == EnrolmentStatus.APPROVED && e.asMentee()) {
                approvedMentees.put(e.userKey(), e.enrolledAt());
            }
        }
        // Each mentee's first accepted match, and who waits on a proposal.
        Map<String, Instant> matchedAt = new HashMap<>();
        Set<String> waiting = new HashSet<>();
        for (Relationship r : pairs) {
            if (MATCHED.contains(r.status())) {
                matchedAt.merge(r.menteeKey(), r.proposedAt(), (a, b) -> a.isBefore(b) ? a : b);
            } else if (r.status() == RelationshipStatus.PROPOSED) {
                waiting.add(r.menteeKey());
            }
        }
        int matchedApproved = (int) approvedMentees.keySet().stream().filter(matchedAt::containsKey).count();
        int waitingApproved = (int) approvedMentees.keySet().stream().filter(k -> !matchedAt.containsKey(k) && waiting.contains(k)).count();

        Map<String, Integer> funnel = new LinkedHashMap<>();
        funnel.put("ENROLLED", enrolments.size());
        funnel.put("APPROVED", byEnrolment.get(EnrolmentStatus.APPROVED.name()));
        funnel.put("MATCHED", matchedApproved);
        sections.add(DashboardSection.funnel("funnel", funnel));
        sections.add(DashboardSection.partition("enrolments", byEnrolment));

        Map<String, Integer> matching = new LinkedHashMap<>();
        matching.put("MATCHED", matchedApproved);
        matching.put("WAITING", waitingApproved);
        matching.put("UNMATCHED", approvedMentees.size() - matchedApproved - waitingApproved);
        sections.add(DashboardSection.partition("matching", matching));

        List<Long> days = new ArrayList<>();
        approvedMentees.forEach((mentee, enrolledAt) -> {
            Instant at = matchedAt.get(mentee);
            if (at != null) {
                days.add(Math.max(0, Duration.between(Instant.ofEpochMilli(enrolledAt), at).toDays()));
            }
        });
        Map<String, Integer> timeToMatch = new LinkedHashMap<>();
        timeToMatch.put("WITHIN_WEEK", (int) days.stream().filter(d -> d <= 7).count());
        timeToMatch.put("WITHIN_MONTH", (int) days.stream().filter(d -> d > 7 && d <= 30).count());
        timeToMatch.put("LONGER", (int) days.stream().filter(d -> d > 30).count());
        sections.add(DashboardSection.partition("timeToMatch", timeToMatch));
        Integer median = null;
        if (days.size() >= DashboardSection.SMALLEST) {
            days.sort(null);
            median = days.get(days.size() / 2).intValue();
        }

        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (RelationshipStatus s : RelationshipStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        int onTrack = 0;
        int overdue = 0;
        int sessions = 0;
        for (Relationship r : pairs) {
            byStatus.merge(r.status().name(), 1, Integer::sum);
            sessions += r.meetings().sessions();
            if (r.status() == RelationshipStatus.ACTIVE) {
                if (r.meetingOverdue(today)) {
                    overdue++;
                } else {
                    onTrack++;
                }
            }
        }
        sections.add(DashboardSection.partition("relationships", byStatus));

        ProgramDashboardStore.AgreementCounts agreementCounts = store.agreements(programId);
        int agreements = agreementCounts.total();
        int accepted = agreementCounts.accepted();
        Map<String, Integer> agreed = new LinkedHashMap<>();
        agreed.put("ACCEPTED", accepted);
        agreed.put("NOT_ACCEPTED", agreements - accepted);
        sections.add(DashboardSection.partition("agreements", agreed));

        Map<String, Integer> cadence = new LinkedHashMap<>();
        cadence.put("ON_TRACK", onTrack);
        cadence.put("OVERDUE", overdue);
        sections.add(DashboardSection.partition("cadence", cadence));
        sections.add(DashboardSection.funnel("sessions", Map.of("LOGGED", sessions)));

        Map<String, Integer> goals = new LinkedHashMap<>();
        for (GoalStatus s : GoalStatus.values()) {
            goals.put(s.name(), store.goals(programId, s));
        }
        sections.add(DashboardSection.partition("goals", goals));

        Map<String, Integer> feedback = new LinkedHashMap<>();
        feedback.put("GIVEN", store.feedback(programId, false));
        feedback.put("ACKNOWLEDGED", store.feedback(programId, true));
        sections.add(DashboardSection.funnel("feedback", feedback));
        sections.add(DashboardSection.funnel("alumni", Map.of("ALUMNI", byStatus.get(RelationshipStatus.ALUMNI.name()))));
        if (program.matching() != MatchingMode.MANAGER) {
            // Where people choose: how their applications stand, counted (never who applied to whom, nor the note).
            Map<String, Integer> byApplication = new LinkedHashMap<>();
            applications.counts(programId).forEach((status, count) -> byApplication.put(status.name(), count));
            sections.add(DashboardSection.partition("applications", byApplication));
        }
        return new ProgramDashboard(program, today, sections, median);
    }
}
