package org.mentoring.benchmark;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.mentoring.goal.Goal;
import org.mentoring.goal.GoalStatus;
import org.mentoring.goal.GoalViews;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * The benchmark's baseline for the goal lists: the same endpoints written by hand with JDBC on the same REST
 * stack, doing the same work with the same statements (a relationship's goals are for its members only; "my
 * goals" read their relationships' meeting intervals for the check-in flag) and building the same JSON. Never shipped.
 */
@Path("/bench/goals")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HandWrittenGoalsResource {
    private static final String GOAL = RelationshipBenchmark.T + "GOAL\"";

    private final DataSource pool;
    private final GoalViews views;
    private final CurrentUser currentUser;

    public HandWrittenGoalsResource(DataSource pool, GoalViews views, CurrentUser currentUser) {
        this.pool = pool;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<GoalViews.GoalJson> list(@Context HttpServletRequest request, @QueryParam("relationshipId") String relationshipId,
                                             @QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults)
            throws SQLException {
        String viewer = Viewers.require(currentUser, request);
        PageRequest page = RequestParams.page(startAt, maxResults);
        try (Connection c = pool.getConnection()) {
            if (relationshipId == null) {
                Map<Long, Integer> intervals = new HashMap<>();
                Page<Goal> goals = mine(c, viewer, page, intervals);
                return PageJson.of(goals, views.goals(goals.values(), intervals));
            }
            Relationship r = HandWrittenRelationshipsResource.get(c, Long.parseLong(relationshipId));
            if (r == null || !r.isMember(viewer)) {
                throw new NotFoundException();
            }
            Page<Goal> goals = ofRelationship(c, r.id(), page);
            return PageJson.of(goals, views.goals(goals.values(), r));
        }
    }

    static Page<Goal> ofRelationship(Connection c, long relationshipId, PageRequest page) throws SQLException {
        return page(c, "\"RELATIONSHIP_ID\" = ?", List.of(relationshipId), page);
    }

    /** The viewer's goals (page, count when full), then their relationships' meeting intervals in one read. */
    static Page<Goal> mine(Connection c, String userKey, PageRequest page, Map<Long, Integer> intervals) throws SQLException {
        Page<Goal> goals = page(c, "(\"MENTOR_KEY\" = ? OR \"MENTEE_KEY\" = ?)", List.of(userKey, userKey), page);
        List<Long> ids = goals.values().stream().map(Goal::relationshipId).distinct().toList();
        if (!ids.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT \"ID\", \"MEETING_INTERVAL_DAYS\" FROM " + RelationshipBenchmark.T
                    + "RELATIONSHIP\" WHERE \"MEETING_INTERVAL_DAYS\" IS NOT NULL AND \"ID\" IN ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        intervals.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
        }
        return goals;
    }

    private static Page<Goal> page(Connection c, String where, List<Object> args, PageRequest page) throws SQLException {
        List<Goal> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + GOAL + " WHERE " + where
                + " ORDER BY \"UPDATED_AT\" DESC, \"ID\" DESC LIMIT ? OFFSET ?")) {
            int p = setAll(s, args);
            s.setInt(p++, page.maxResults());
            s.setInt(p, page.startAt());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(goal(rs));
                }
            }
        }
        long total = rows.size();
        if (page.startAt() != 0 || rows.size() == page.maxResults()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + GOAL + " WHERE " + where)) {
                setAll(s, args);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new Page<>(page.startAt(), page.maxResults(), total, rows);
    }

    private static int setAll(PreparedStatement s, List<Object> args) throws SQLException {
        int p = 1;
        for (Object arg : args) {
            s.setObject(p++, arg);
        }
        return p;
    }

    private static Goal goal(ResultSet rs) throws SQLException {
        String tags = rs.getString("COMPETENCIES");
        String target = rs.getString("TARGET_DATE");
        long lastCheckIn = rs.getLong("LAST_CHECKIN_AT");
        Instant lastCheckInAt = rs.wasNull() ? null : Instant.ofEpochMilli(lastCheckIn);
        long issue = rs.getLong("ISSUE_ID");
        Long issueId = rs.wasNull() ? null : issue;
        return new Goal(rs.getInt("ID"), rs.getLong("RELATIONSHIP_ID"), rs.getString("OWNER_KEY"), rs.getString("MENTOR_KEY"),
                rs.getString("MENTEE_KEY"), rs.getString("TITLE"), rs.getString("DESCRIPTION"), rs.getString("SUCCESS_CRITERIA"),
                tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(",")), target == null ? null : LocalDate.parse(target),
                GoalStatus.valueOf(rs.getString("STATUS")), rs.getInt("PROGRESS"), lastCheckInAt,
                Instant.ofEpochMilli(rs.getLong("CREATED_AT")), Instant.ofEpochMilli(rs.getLong("UPDATED_AT")), rs.getInt("REVISION"), issueId);
    }
}
