package org.mentoring.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentoring.host.UserDirectory;
import org.mentoring.i18n.Messages;
import org.mentoring.paging.Page;

/** Directory results as the API and the page show them: names, score terms and a sentence saying why. */
public final class MentorViews {
    private final SkillCatalogue skills;
    private final UserDirectory users;

    public MentorViews(SkillCatalogue skills, UserDirectory users) {
        this.skills = skills;
        this.users = users;
    }

    public record TermView(String name, double points) {
    }

    public record MentorView(UserJson user, double score, List<TermView> terms, String reason,
                             List<ProfileViews.SkillLevelView> skills, List<String> matchedSkills,
                             List<ProfileViews.LanguageView> languages, String timeZone, Integer hoursPerMonth,
                             boolean reverseMentoring, int capacity, int activeMentees, boolean full) {
    }

    /** The page's mentors, with every skill name read in one statement. */
    public List<MentorView> views(Page<MentorMatch> page, Locale locale) {
        Set<Long> ids = new HashSet<>();
        page.values().forEach(m -> ids.addAll(m.profile().mentors().keySet()));
        Map<Long, Skill> named = skills.byIds(ids);
        List<MentorView> views = new ArrayList<>();
        for (MentorMatch m : page.values()) {
            List<String> matched = m.fit().matchedSkills().stream().filter(named::containsKey).map(id -> named.get(id).name()).toList();
            views.add(new MentorView(UserJson.lookup(users, m.userKey()), m.fit().total(),
                    m.fit().terms().stream().map(t -> new TermView(t.name(), t.points())).toList(),
                    reason(m.fit(), matched, locale), ProfileViews.levels(m.profile().mentors(), named), matched,
                    m.profile().languages().stream().map(ProfileViews.LanguageView::of).toList(), m.profile().timeZone(),
                    m.profile().hoursPerMonth(), m.profile().reverseMentoring(), m.load().capacity(), m.load().active(),
                    !m.load().hasRoom()));
        }
        return views;
    }

    /** "mentors in Kotlin and API design; speaks Czech; 1 hour apart; 6 hours a month" — only the parts that scored. */
    static String reason(FitScore.Fit fit, List<String> matchedSkills, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!matchedSkills.isEmpty()) {
            parts.add(Messages.text(locale, "mentoring.fit.skills", list(matchedSkills, locale)));
        }
        if (!fit.sharedLanguages().isEmpty()) {
            parts.add(Messages.text(locale, "mentoring.fit.language", list(fit.sharedLanguages().stream()
                    .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale)).toList(), locale)));
        }
        if (fit.hoursApart() != null) {
            parts.add(fit.hoursApart() == 0 ? Messages.text(locale, "mentoring.fit.timezone.same")
                    : Messages.text(locale, "mentoring.fit.timezone", fit.hoursApart()));
        }
        if (fit.hoursPerMonth() != null && fit.hoursPerMonth() > 0) {
            parts.add(Messages.text(locale, "mentoring.fit.hours", fit.hoursPerMonth()));
        }
        return String.join("; ", parts);
    }

    private static String list(List<String> items, Locale locale) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + Messages.text(locale, "mentoring.fit.and")
                + " " + items.get(items.size() - 1);
    }
}
