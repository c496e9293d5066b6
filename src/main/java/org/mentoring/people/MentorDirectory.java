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
import org.mentoring.host.Transactions;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;
import org.mentoring.relationship.MentorCapacity;

/**
 * "Find a mentor": listed mentors matching the filters, ranked by {@link FitScore} against what the viewer wants to
 * grow (and the skills they searched for). A bounded number of statements whatever the data: the skills named,
 * the matching mentors' rows with the viewer's own (one statement, ranked here), and the load of the page's mentors
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
    private final Transactions transactions;

    public MentorDirectory(ProfileStore profiles, SkillCatalogue skills, MentorCapacity capacity, PeopleSearch people,
                           AccessPolicy access, FitScore fit, Transactions transactions) {
        this.profiles = profiles;
        this.skills = skills;
        this.capacity = capacity;
        this.people = people;
        this.access = access;
        this.fit = fit;
        this.transactions = transactions;
    }

    public Page<MentorMatch> search(String viewerKey, DirectoryFilter filter, PageRequest pageRequest) {
        // Anyone who may use mentoring may look; the directory lists visible profiles only.
        if (!access.permitsProfile(viewerKey, null, ProfileAction.SEE, true)) {
            throw new NotFoundException("resource");
        }
        // Its statements on one connection: a pooled connection per statement costs a validation round trip each.
        return transactions.reading(() -> read(viewerKey, filter, pageRequest));
    }

    private Page<MentorMatch> read(String viewerKey, DirectoryFilter filter, PageRequest pageRequest) {
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
        ProfileStore.DirectoryRead read = profiles.mentors(filter, filterSkills, named, viewerKey);
        FitScore.Seeker viewer = read.viewer();
        Set<Long> wanted = new HashSet<>(filterSkills);
        if (viewer != null) {
            wanted.addAll(viewer.wantedSkills());
        }
        FitScore.Seeker seeker = new FitScore.Seeker(Set.copyOf(wanted), viewer == null ? Set.of() : viewer.languages(),
                viewer == null ? null : viewer.utcOffsetMinutes());

        // Every candidate is ranked by its total (the rank depends on all of them); only the page's are explained
        // (FitScore.score) and made into profiles.
        record Ranked(String userKey, double total, ProfileStore.DirectoryRow row) {
        }
        List<Ranked> ranked = new ArrayList<>(read.candidates().size());
        for (ProfileStore.DirectoryRow row : read.candidates()) {
            ranked.add(new Ranked(row.userKey(), fit.total(seeker, row.parts().fitInputs()), row));
        }
        Map<String, MentorCapacity.Load> loads = Map.of();
        if (filter.hasRoom()) {
            loads = capacity.loads(ranked.stream().map(Ranked::userKey).toList());
            Map<String, MentorCapacity.Load> known = loads;
            ranked = ranked.stream().filter(r -> known.get(r.userKey()).hasRoom()).collect(Collectors.toList());
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.total()).thenComparing(Ranked::userKey));
        List<Ranked> page = ranked.subList(Math.min(pageRequest.startAt(), ranked.size()),
                Math.min(pageRequest.startAt() + pageRequest.maxResults(), ranked.size()));
        if (!filter.hasRoom()) {
            loads = capacity.loads(page.stream().map(Ranked::userKey).toList());
        }
        Map<String, MentorCapacity.Load> pageLoads = loads;
        List<MentorMatch> shown = page.stream().map(r -> {
            RankingColumn.Parts parts = r.row().parts();
            return new MentorMatch(r.userKey(), r.row().profile(parts), fit.score(seeker, parts.fitInputs()), pageLoads.get(r.userKey()));
        }).toList();
        return new Page<>(pageRequest.startAt(), pageRequest.maxResults(), ranked.size(), shown);
    }

}
