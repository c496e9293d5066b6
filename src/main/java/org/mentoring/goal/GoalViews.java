package org.mentoring.goal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoring.host.UserDirectory;
import org.mentoring.people.UserJson;
import org.mentoring.relationship.RelationshipService;

/** API views of goals, with the flags people act on: overdue, and a check-in due by the agreed cadence. */
public final class GoalViews {
    public record GoalJson(long id, String self, long relationshipId, UserJson owner, String title, String description,
                           String successCriteria, List<String> competencies, String targetDate, String status, int progress,
                           String lastCheckInAt, String createdAt, String updatedAt, int version, boolean overdue,
                           boolean checkInDue) {
    }

    public record CheckInJson(long id, UserJson author, String date, String recordedAt, int progress, String note,
                              String noteVisibility) {
    }

    public List<CheckInJson> checkIns(List<CheckIn> checkIns) {
        return checkIns.stream().map(c -> new CheckInJson(c.id(), UserJson.lookup(users, c.authorKey()), c.on().toString(),
                c.recordedAt().toString(), c.progress(), c.note(), c.noteVisibility() == null ? null : c.noteVisibility().name())).toList();
    }

    private final RelationshipService relationships;
    private final UserDirectory users;
    private final Clock clock;

    public GoalViews(RelationshipService relationships, UserDirectory users, Clock clock) {
        this.relationships = relationships;
        this.users = users;
        this.clock = clock;
    }

    /** A person's display name as the pages show it. */
    public String name(String userKey) {
        return UserJson.lookup(users, userKey).displayName();
    }

    public GoalJson goal(Goal goal) {
        return goals(List.of(goal)).get(0);
    }

    /** Views of goals from several relationships: one query for their agreed meeting intervals. */
    public List<GoalJson> goals(List<Goal> goals) {
        Set<Long> ids = goals.stream().map(Goal::relationshipId).collect(Collectors.toSet());
        return goals(goals, relationships.meetingIntervals(ids));
    }

    /** Views of one relationship's goals, whose meeting interval the caller already has (no query). */
    public List<GoalJson> goals(List<Goal> goals, org.mentoring.relationship.Relationship relationship) {
        Integer interval = relationship.meetingIntervalDays();
        return goals(goals, interval == null ? Map.of() : Map.of(relationship.id(), interval));
    }

    /** Views of goals whose relationships' meeting intervals (days, by relationship id) the caller has read. */
    public List<GoalJson> goals(List<Goal> goals, Map<Long, Integer> intervals) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return goals.stream().map(g -> {
            boolean active = g.status() == GoalStatus.AGREED || g.status() == GoalStatus.IN_PROGRESS || g.status() == GoalStatus.IN_REVIEW;
            boolean overdue = g.status().isOpen() && g.targetDate() != null && g.targetDate().isBefore(today);
            Integer interval = intervals.get(g.relationshipId());
            Instant since = g.lastCheckInAt() != null ? g.lastCheckInAt() : g.createdAt();
            boolean due = active && interval != null && since.plus(Duration.ofDays(interval)).isBefore(now);
            return new GoalJson(g.id(), "/rest/mentoring/1.0/goals/" + g.id(), g.relationshipId(), UserJson.lookup(users, g.ownerKey()),
                    g.title(), g.description(), g.successCriteria(), g.competencies(),
                    g.targetDate() == null ? null : g.targetDate().toString(), g.status().name(), g.progress(),
                    g.lastCheckInAt() == null ? null : g.lastCheckInAt().toString(), g.createdAt().toString(),
                    g.updatedAt().toString(), g.version(), overdue, due);
        }).toList();
    }
}
