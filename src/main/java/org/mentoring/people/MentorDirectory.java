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

    public Page<MentorMatch> search(String viewerKey, DirectoryFilter filter, PageRequest pageRequest) {
        // Anyone who may use mentoring may look; the directory lists visible profiles only.
        if (!access.permitsProfile(viewerKey, null, ProfileAction.SEE, true)) {
            throw new NotFoundException("resource");
        }
        Set<Long> filterSkills = new LinkedHashSet<>();
        if (!filter.skills().isEmpty()) {
            Map<String, Long> resolved = skills.resolve(filter.skills());
            if (resolved.isEmpty()) {
                return new Page<>(pageRequest.startAt(), pageRequest.maxResults(), 0, List.of());
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

        // Every candidate is scored (the rank depends on all of them); only the page's are made into profiles.
        record Ranked(ProfileStore.DirectoryRow row, FitScore.Fit fit) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (ProfileStore.DirectoryRow row : profiles.mentors(filter, filterSkills, named, viewerKey)) {
            ranked.add(new Ranked(row, fit.score(seeker, row.fitInputs())));
        }
        Map<String, MentorCapacity.Load> loads = Map.of();
        if (filter.hasRoom()) {
            loads = capacity.loads(ranked.stream().map(r -> r.row().userKey()).toList());
            Map<String, MentorCapacity.Load> known = loads;
            ranked = ranked.stream().filter(r -> known.get(r.row().userKey()).hasRoom()).collect(Collectors.toList());
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.fit().total()).thenComparing(r -> r.row().userKey()));
        List<Ranked> page = ranked.subList(Math.min(pageRequest.startAt(), ranked.size()),
                Math.min(pageRequest.startAt() + pageRequest.maxResults(), ranked.size()));
        if (!filter.hasRoom()) {
            loads = capacity.loads(page.stream().map(r -> r.row().userKey()).toList());
        }
        Map<String, MentorCapacity.Load> pageLoads = loads;
        List<MentorMatch> shown = page.stream().map(r -> new MentorMatch(r.row().userKey(), r.row().profile(), r.fit(),
                pageLoads.get(r.row().userKey()))).toList();
        return new Page<>(pageRequest.startAt(), pageRequest.maxResults(), ranked.size(), shown);
    }

}
