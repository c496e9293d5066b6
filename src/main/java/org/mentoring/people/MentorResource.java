package org.mentoring.people;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.mentoring.error.Problems;
import org.mentoring.host.CurrentUser;
import org.mentoring.paging.PageRequest;
import org.mentoring.rest.PageJson;
import org.mentoring.rest.RequestParams;
import org.mentoring.rest.Viewers;

/**
 * {@code /rest/mentoring/1.0/mentors}: the directory of people offering to mentor, ranked by fit with the caller, each
 * with its score terms and a sentence saying why. Filters: {@code skill} (repeatable, names or synonyms),
 * {@code language} (ISO 639 code), {@code hasRoom}, {@code query} (a name), {@code tzFrom}/{@code tzTo} (UTC offsets in hours).
 */
@Path("/mentors")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MentorResource {
    private final MentorDirectory directory;
    private final MentorViews views;
    private final CurrentUser currentUser;

    @Inject
    public MentorResource(MentorDirectory directory, MentorViews views, CurrentUser currentUser) {
        this.directory = directory;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    public PageJson<MentorViews.MentorView> search(@Context HttpServletRequest request,
                                                   @QueryParam("skill") List<String> skills,
                                                   @QueryParam("language") String language,
                                                   @QueryParam("hasRoom") String hasRoom,
                                                   @QueryParam("query") String query,
                                                   @QueryParam("tzFrom") String tzFrom,
                                                   @QueryParam("tzTo") String tzTo,
                                                   @QueryParam("startAt") String startAt,
                                                   @QueryParam("maxResults") String maxResults) {
        String viewer = Viewers.require(currentUser, request);
        Problems problems = new Problems();
        DirectoryFilter filter = DirectoryFilters.read(problems, skills, language, hasRoom, query, tzFrom, tzTo);
        PageRequest page = RequestParams.page(problems, startAt, maxResults);
        problems.throwIfAny();
        var found = directory.search(viewer, filter, page);
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        return PageJson.of(found, views.views(found, locale));
    }
}
