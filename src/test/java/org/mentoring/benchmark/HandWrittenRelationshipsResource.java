package org.mentoring.benchmark;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.Relationship;
import org.mentoring.relationship.RelationshipJson;
import org.mentoring.relationship.RelationshipViews;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * The benchmark's baseline for "list my relationships": the same endpoint written by hand with JDBC, served by
 * the same REST stack (Jetty, Jersey, the host's filters, Jackson) and building the same JSON — so the
 * comparison with the app's endpoint isolates what Active Objects and the service cost. Never shipped.
 */
@Path("/bench/relationships")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HandWrittenRelationshipsResource {
    private final DataSource pool;
    private final RelationshipViews views;
    private final CurrentUser currentUser;

    public HandWrittenRelationshipsResource(DataSource pool, RelationshipViews views, CurrentUser currentUser) {
        this.pool = pool;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<RelationshipJson> list(@Context HttpServletRequest request, @QueryParam("startAt") String startAt,
                                           @QueryParam("maxResults") String maxResults) throws SQLException {
        String viewer = Viewers.require(currentUser, request);
        PageRequest page = RequestParams.page(startAt, maxResults);
        return PageJson.of(query(pool, viewer, page), r -> views.relationship(viewer, r));
    }

    /** The page, and a count only when the first page is full (as the app does), every column mapped. */
    static Page<Relationship> query(DataSource pool, String userKey, PageRequest page) throws SQLException {
        String from = " FROM " + RelationshipBenchmark.T + "RELATIONSHIP\" WHERE (\"MENTOR_KEY\" = ? OR \"MENTEE_KEY\" = ?)";
        try (Connection c = pool.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT *" + from
                     + " ORDER BY \"STATUS_CHANGED_AT\" DESC, \"ID\" DESC LIMIT ? OFFSET ?")) {
            select.setString(1, userKey);
            select.setString(2, userKey);
            select.setInt(3, page.maxResults());
            select.setInt(4, page.startAt());
            List<Relationship> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(RelationshipBenchmark.map(rs));
                }
            }
            long total = rows.size();
            if (page.startAt() != 0 || rows.size() == page.maxResults()) {
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + from)) {
                    count.setString(1, userKey);
                    count.setString(2, userKey);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return new Page<>(page.startAt(), page.maxResults(), total, rows);
        }
    }

    /** One relationship by id, or null. */
    static Relationship get(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + RelationshipBenchmark.T + "RELATIONSHIP\" WHERE \"ID\" = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? RelationshipBenchmark.map(rs) : null;
            }
        }
    }
}
