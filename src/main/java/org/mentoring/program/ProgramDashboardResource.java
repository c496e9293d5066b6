package org.mentoring.program;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mentoring.host.CurrentUser;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/programs/{id}/dashboard}: a program's aggregates for its managers and administrators, as
 * JSON or, with {@code Accept: text/csv}, as CSV (one row per group). Anyone else: 404.
 */
@Path("/programs/{id: [0-9]+}/dashboard")
@LicensedOnly
public class ProgramDashboardResource {
    private final ProgramDashboardService dashboards;
    private final CurrentUser currentUser;

    @Inject
    public ProgramDashboardResource(ProgramDashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
    }

    /** The JSON form: the program, the day, and each section's groups (a hidden group's count is null). */
    public record DashboardView(long programId, String name, String status, String asOf, Integer medianDaysToMatch,
                                List<SectionView> sections) {
    }

    public record SectionView(String key, String kind, List<GroupView> groups, Integer otherCount, boolean smallGroupsHidden,
                              Integer total) {
    }

    public record GroupView(String key, Integer count) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardView json(@Context HttpServletRequest request, @PathParam("id") long id) {
        return view(dashboards.dashboard(Viewers.require(currentUser, request), id));
    }

    @GET
    @Produces("text/csv;qs=0.5")
    public Response csv(@Context HttpServletRequest request, @PathParam("id") long id) {
        ProgramDashboard d = dashboards.dashboard(Viewers.require(currentUser, request), id);
        return Response.ok(DashboardCsv.of(d), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"program-" + id + "-dashboard.csv\"").build();
    }

    static DashboardView view(ProgramDashboard d) {
        return new DashboardView(d.program().id(), d.program().name(), d.program().status().name(), d.asOf().toString(),
                d.medianDaysToMatch(), d.sections().stream().map(s -> new SectionView(s.key(), s.kind().name(),
                        s.groups().stream().map(g -> new GroupView(g.key(), g.count())).toList(), s.otherCount(), s.anyHidden(),
                        s.total())).toList());
    }
}
