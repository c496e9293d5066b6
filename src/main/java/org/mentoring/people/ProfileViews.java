package org.mentoring.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoring.host.UserDirectory;
import org.mentoring.relationship.MentorCapacity;

/** Profiles as the API shows them: skill names from the catalogue, the mentor's capacity and how many slots are taken. */
public final class ProfileViews {
    private final SkillCatalogue skills;
    private final MentorCapacity capacity;
    private final UserDirectory users;

    public ProfileViews(SkillCatalogue skills, MentorCapacity capacity, UserDirectory users) {
        this.skills = skills;
        this.capacity = capacity;
        this.users = users;
    }

    public record SkillLevelView(long skillId, String name, String category, int level, boolean freeTag) {
    }

    public record LanguageView(String code, String name) {
        static LanguageView of(String code) {
            return new LanguageView(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
        }
    }

    public record ProfileView(UserJson user, boolean exists, boolean offersMentoring, boolean seeksMentor,
                              List<SkillLevelView> mentors, List<SkillLevelView> grows, List<LanguageView> languages,
                              String timeZone, Integer utcOffsetMinutes, Integer hoursPerMonth, int capacity,
                              int activeMentees, boolean hasRoom, String bio, boolean reverseMentoring, Boolean listed,
                              boolean visible, boolean inDirectory, boolean editable) {
    }

    public ProfileView view(Profile p, boolean editable) {
        Set<Long> ids = new LinkedHashSet<>(p.mentors().keySet());
        ids.addAll(p.grows().keySet());
        Map<Long, Skill> named = skills.byIds(ids);
        MentorCapacity.Load load = capacity.loads(List.of(p.userKey())).get(p.userKey());
        return new ProfileView(UserJson.lookup(users, p.userKey()), p.exists(), p.offersMentoring(), p.seeksMentor(),
                levels(p.mentors(), named), levels(p.grows(), named),
                p.languages().stream().map(LanguageView::of).toList(), p.timeZone(), p.utcOffsetMinutes(), p.hoursPerMonth(),
                load.capacity(), load.active(), load.hasRoom(), p.bio(), p.reverseMentoring(), p.listed(), p.visible(),
                p.inDirectory(), editable);
    }

    static List<SkillLevelView> levels(Map<Long, Integer> levels, Map<Long, Skill> named) {
        List<SkillLevelView> views = new ArrayList<>();
        levels.forEach((id, level) -> {
            Skill s = named.get(id);
            if (s != null) {
                views.add(new SkillLevelView(id, s.name(), s.category(), level, s.freeTag()));
            }
        });
        return views;
    }
}
