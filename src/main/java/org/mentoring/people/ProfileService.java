package org.mentoring.people;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import org.mentoring.access.AccessPolicy;
import org.mentoring.access.ProfileAction;
import org.mentoring.error.ConcurrentWrites;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.Person;
import org.mentoring.host.StoreException;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.relationship.MentorCapacity;
import org.mentoring.relationship.RelationshipSettings;

/**
 * Mentoring profiles: reading them as the access policy allows, and writing them whole after checking every field
 * (nothing is written while any field is wrong). A mentor's capacity is kept by {@link MentorCapacity}, edited here.
 */
public final class ProfileService {
    static final int MAX_SKILLS = 20;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_BIO = 2000;
    static final int MAX_HOURS = 200;
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ProfileStore profiles;
    private final SkillCatalogue skills;
    private final PeopleSettings settings;
    private final MentorCapacity capacity;
    private final AccessPolicy access;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public ProfileService(ProfileStore profiles, SkillCatalogue skills, PeopleSettings settings, MentorCapacity capacity,
                          AccessPolicy access, UserDirectory users, Transactions transactions, Clock clock) {
        this.profiles = profiles;
        this.skills = skills;
        this.settings = settings;
        this.capacity = capacity;
        this.access = access;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** {@code userKey}'s profile (an empty one if they have none) — 404 unless the viewer may see it. */
    public Profile get(String viewerKey, String userKey) {
        Profile profile = profiles.find(userKey).map(ProfileStore::toRecord).orElseGet(() -> Profile.empty(userKey));
        boolean known = users.find(userKey).isPresent();
        if (!known || !access.permitsProfile(viewerKey, userKey, ProfileAction.SEE, profile.visible() && active(userKey))) {
            throw new NotFoundException("profile");
        }
        return profile;
    }

    public boolean mayEdit(String viewerKey, String userKey) {
        return access.permitsProfile(viewerKey, userKey, ProfileAction.EDIT, true);
    }

    /** Replaces {@code userKey}'s profile with {@code input}; the owner or an administrator only. */
    public Profile save(String actorKey, String userKey, ProfileInput input) {
        Person person = users.find(userKey).orElseThrow(() -> new NotFoundException("profile"));
        boolean visible = profiles.find(userKey).map(e -> ProfileStore.toRecord(e).visible()).orElse(false) && person.active();
        if (!access.permitsProfile(actorKey, userKey, ProfileAction.SEE, visible)) {
            throw new NotFoundException("profile");
        }
        if (!mayEdit(actorKey, userKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.profile.forbidden"));
        }
        ProfileInput in = input == null ? ProfileInput.none() : input;
        return ConcurrentWrites.retrying(() -> transactions.execute(() -> write(actorKey, person, in)),
                e -> e instanceof StoreException && StoreException.isConcurrentWriteConflict(e));
    }

    private Profile write(String actorKey, Person person, ProfileInput in) {
        Problems problems = new Problems();
        boolean allowTags = settings.freeTags();
        List<String> tags = new ArrayList<>();
        Map<Long, Integer> mentors = skillLevels(problems, "mentors", in.mentors(), allowTags, tags);
        Map<Long, Integer> grows = skillLevels(problems, "grows", in.grows(), allowTags, tags);
        List<String> languages = languages(problems, in.languages());
        String zone = problems.optionalText("timeZone", in.timeZone(), 64);
        Integer offset = null;
        if (zone != null && !problems.has("timeZone")) {
            try {
                if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                    throw new DateTimeException(zone);
                }
                offset = ZoneId.of(zone).getRules().getStandardOffset(Instant.now(clock)).getTotalSeconds() / 60;
            } catch (DateTimeException e) {
                problems.add("timeZone", "mentoring.profile.timezone");
            }
        }
        if (in.hoursPerMonth() != null) {
            problems.checkRange("hoursPerMonth", in.hoursPerMonth(), 0, MAX_HOURS);
        }
        if (in.capacity() != null) {
            problems.checkRange("capacity", in.capacity(), 0, RelationshipSettings.MAX_CAPACITY);
        }
        String bio = problems.optionalText("bio", in.bio(), MAX_BIO);
        problems.throwIfAny();

        if (!tags.isEmpty()) {
            Map<String, Long> made = new LinkedHashMap<>();
            for (String tag : tags) {
                made.put(SkillStore.key(tag), skills.tag(tag));
            }
            mentors = withTags(mentors, in.mentors(), made);
            grows = withTags(grows, in.grows(), made);
        }
        boolean offers = Boolean.TRUE.equals(in.offersMentoring());
        Profile draft = new Profile(person.key(), true, offers, Boolean.TRUE.equals(in.seeksMentor()), mentors, grows,
                languages, zone, offset, in.hoursPerMonth(), bio, Boolean.TRUE.equals(in.reverseMentoring()), in.listed(), false);
        Profile profile = new Profile(draft.userKey(), true, draft.offersMentoring(), draft.seeksMentor(), draft.mentors(),
                draft.grows(), draft.languages(), draft.timeZone(), draft.utcOffsetMinutes(), draft.hoursPerMonth(), draft.bio(),
                draft.reverseMentoring(), draft.listed(), offers && draft.visible() && person.active());
        long now = clock.millis();
        profiles.find(person.key()).ifPresentOrElse(e -> profiles.update(e, profile, now),
                () -> profiles.insert(ProfileStore.values(profile, now)));
        if (in.capacity() != null) {
            capacity.set(actorKey, person.key(), in.capacity());
        }
        return profile;
    }

    /** Levels by catalogue id, in the order given; unknown skills become tags to make when allowed, else problems. */
    private Map<Long, Integer> skillLevels(Problems problems, String field, List<ProfileInput.SkillLevelInput> given,
                                           boolean allowTags, List<String> tags) {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            return levels;
        }
        if (given.size() > MAX_SKILLS) {
            problems.add(field, "mentoring.profile.skills.many", MAX_SKILLS);
            return levels;
        }
        Map<String, Long> known = skills.resolve(given.stream().filter(s -> s != null && s.skill() != null)
                .map(ProfileInput.SkillLevelInput::skill).toList());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = field + "[" + i + "]";
            ProfileInput.SkillLevelInput s = given.get(i);
            if (s == null) {
                problems.add(at, "mentoring.error.required");
                continue;
            }
            String name = problems.requiredText(at + ".skill", s.skill(), SkillCatalogue.MAX_NAME);
            if (s.level() == null) {
                problems.add(at + ".level", "mentoring.error.required");
            } else {
                problems.checkRange(at + ".level", s.level(), 1, 5);
            }
            if (problems.has(at + ".skill")) {
                continue;
            }
            String key = SkillStore.key(name);
            if (!seen.add(key)) {
                problems.add(at + ".skill", "mentoring.profile.skill.twice");
            } else if (known.containsKey(key)) {
                if (levels.containsKey(known.get(key))) {
                    problems.add(at + ".skill", "mentoring.profile.skill.twice");
                }
                levels.put(known.get(key), s.level());
            } else if (!allowTags) {
                problems.add(at + ".skill", "mentoring.profile.skill.unknown", name);
            } else if (name.contains(",") || name.contains("|")) {
                problems.add(at + ".skill", "mentoring.skill.synonyms.comma");
            } else if (!tags.contains(name)) {
                tags.add(name);
            }
        }
        return levels;
    }

    /** The levels with the new tags put where the person listed them. */
    private static Map<Long, Integer> withTags(Map<Long, Integer> known, List<ProfileInput.SkillLevelInput> given,
                                               Map<String, Long> made) {
        if (given == null) {
            return known;
        }
        Map<Long, Integer> levels = new LinkedHashMap<>(known);
        for (ProfileInput.SkillLevelInput s : given) {
            Long id = made.get(SkillStore.key(s.skill()));
            if (id != null) {
                levels.put(id, s.level());
            }
        }
        return levels;
    }

    private static List<String> languages(Problems problems, List<String> given) {
        List<String> codes = new ArrayList<>();
        if (given == null) {
            return codes;
        }
        if (given.size() > MAX_LANGUAGES) {
            problems.add("languages", "mentoring.profile.languages.many", MAX_LANGUAGES);
            return codes;
        }
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                problems.add("languages[" + i + "]", "mentoring.profile.language");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private boolean active(String userKey) {
        return users.find(userKey).map(Person::active).orElse(false);
    }

    /**
     * A departure step: {@code userKey} left the host, so they leave the directory (their profile stays as they wrote
     * it, for when they come back). Idempotent.
     */
    public void departed(String userKey) {
        transactions.execute(() -> profiles.setInDirectory(userKey, false));
    }

    /**
     * {@code userKey} is active in the host again: back in the directory if their profile says so (offers to mentor,
     * and chose to appear or left the default). Nothing else of their departure is undone.
     */
    public void returned(String userKey) {
        boolean active = active(userKey);
        transactions.execute(() -> profiles.find(userKey).map(e -> {
            Profile p = ProfileStore.toRecord(e);
            return profiles.setInDirectory(userKey, active && p.offersMentoring() && p.visible());
        }).orElse(false));
    }
}
