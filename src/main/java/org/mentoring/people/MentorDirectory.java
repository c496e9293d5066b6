package org.mentoring.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProfileAction;
import org.mentoring.error.NotFoundException;
import org.mentoring.host.PeopleSearch;
import org.mentoring.host.Person;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.MentorCapacity;

/**
 * "Find a mentor": listed mentors matching the filters, ranked by {@link FitScore} against what the viewer wants to
 * grow (and the skills they searched for). A bounded number of statements whatever the data: the skills named,
 * the viewer's profile, the matching mentors' rows (one statement, ranked here), and the load of the page's mentors
 * (or of every candidate when only mentors with room are wanted). Mentors at capacity are listed as full.
 */
public final class MentorDirectory {
    /** At most this many people from a name search narrow the directory. */
    static final int NAME_MATCHES = 500;

    private final ProfileStore profiles;
    private final SkillCatalogue skills;
    private final MentorCapacity capacity;
    private final PeopleSearch people;
    private final AccessPolicy access;
    private final FitScore fit;

    public MentorDirectory(ProfileStore profiles, SkillCatalogue skills, MentorCapacity capacity, PeopleSearch people,
                           AccessPolicy access, FitScore fit) {
        this.profiles = profiles;
        this.skills = skills;
        this.capacity = capacity;
        this.people = people;
        this.access = access;
        this.fit = fit;
    }

    public Page<MentorMatch> search(String viewerKey, DirectoryFilter filter, PageRequest page) {
        // Anyone who may use mentoring may look; the directory lists visible profiles only.
        if (!access.permitsProfile(viewerKey, null, ProfileAction.SEE, true)) {
            throw new NotFoundException("resource");
        }
        Set<Long> filterSkills = new LinkedHashSet<>();
        if (!filter.skills().isEmpty()) {
            Map<String, Long> resolved = skills.resolve(filter.skills());
            if (resolved.isEmpty()) {
                return new Page<>(page.startAt(), page.maxResults(), 0, List.of());
            }
            filterSkills.addAll(resolved.values());
        }
        Collection<String> named = null;
        if (filter.query() != null) {
            named = people.search(filter.query(), NAME_MATCHES).stream().filter(Person::active).map(Person::key).toList();
        }
        Profile viewer = profiles.find(viewerKey).map(ProfileStore::toRecord).orElseGet(() -> Profile.empty(viewerKey));
        Set<Long> wanted = new HashSet<>(viewer.grows().keySet());
        wanted.addAll(filterSkills);
        FitScore.Seeker seeker = new FitScore.Seeker(wanted, new HashSet<>(viewer.languages()), viewer.utcOffsetMinutes());

        List<MentorMatch> ranked = new ArrayList<>();
        for (Profile p : profiles.mentors(filter, filterSkills, named, viewerKey)) {
            ranked.add(new MentorMatch(p.userKey(), p, fit.score(seeker, new FitScore.Candidate(p.mentors(), p.languages(),
                    p.utcOffsetMinutes(), p.hoursPerMonth())), null));
        }
        if (filter.hasRoom()) {
            Map<String, MentorCapacity.Load> loads = capacity.loads(ranked.stream().map(MentorMatch::userKey).toList());
            ranked = ranked.stream().filter(m -> loads.get(m.userKey()).hasRoom())
                    .map(m -> new MentorMatch(m.userKey(), m.profile(), m.fit(), loads.get(m.userKey()))).collect(Collectors.toList());
        }
        ranked.sort(Comparator.comparingDouble((MentorMatch m) -> -m.fit().total()).thenComparing(MentorMatch::userKey));
        List<MentorMatch> shown = ranked.subList(Math.min(page.startAt(), ranked.size()),
                Math.min(page.startAt() + page.maxResults(), ranked.size()));
        if (!filter.hasRoom()) {
            Map<String, MentorCapacity.Load> loads = capacity.loads(shown.stream().map(MentorMatch::userKey).toList());
            shown = shown.stream().map(m -> new MentorMatch(m.userKey(), m.profile(), m.fit(), loads.get(m.userKey()))).toList();
        }
        return new Page<>(page.startAt(), page.maxResults(), ranked.size(), shown);
    }

}
