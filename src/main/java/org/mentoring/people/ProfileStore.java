package org.mentoring.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;

/** Profiles' queries: a profile is one row; the directory reads the rows of the mentors it lists, in one statement. */
public final class ProfileStore {
    /**
     * Columns the directory ranks and shows by (never the bio): what it ranks by packed in one column (Active Objects'
     * streamed read costs per column and row); what a listed mentor wants to grow is read for the viewer's row.
     */
    static final String DIRECTORY_COLUMNS = String.join(", ", "ID", ProfileEntity.USER_KEY, ProfileEntity.RANKING,
            ProfileEntity.GROW_SKILLS);

    private final EntityStore store;

    public ProfileStore(EntityStore store) {
        this.store = store;
    }

    Optional<ProfileEntity> find(String userKey) {
        ProfileEntity[] rows = store.find(ProfileEntity.class, Query.select().where(ProfileEntity.USER_KEY + " = ?", userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The profiles of {@code userKeys} that exist, in one statement (program matching reads a whole cohort). */
    public Map<String, Profile> profilesOf(java.util.Collection<String> userKeys) {
        Map<String, Profile> found = new java.util.HashMap<>();
        if (userKeys.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(userKeys.size(), "?"));
        for (ProfileEntity e : store.find(ProfileEntity.class, Query.select().where(ProfileEntity.USER_KEY + " IN (" + marks + ")",
                userKeys.toArray()))) {
            found.put(e.getUserKey(), toRecord(e));
        }
        return found;
    }

    ProfileEntity insert(Map<String, Object> values) {
        return store.create(ProfileEntity.class, values);
    }

    /** Takes a person in or out of the directory (deactivation and reactivation); false when they have no profile. */
    boolean setInDirectory(String userKey, boolean inDirectory) {
        return find(userKey).map(e -> {
            if (e.getInDirectory() != inDirectory) {
                e.setInDirectory(inDirectory);
                e.save();
            }
            return true;
        }).orElse(false);
    }

    /**
     * The directory's candidates with what ranking needs, and the viewer's own ranking inputs, in one statement:
     * listed mentors matching every filter given, or the viewer's row (a separate lookup would be one more round trip
     * per search). Skills match when a mentor has any of {@code skillIds}; {@code userKeys} (a name search's people)
     * restricts to those people. Read as a stream of read-only rows (no entity per mentor kept or lazily loaded): the
     * directory looks at every candidate once, and there may be thousands. The viewer is never a candidate.
     */
    DirectoryRead mentors(DirectoryFilter filter, Collection<Long> skillIds, Collection<String> userKeys, String viewerKey) {
        StringBuilder where = new StringBuilder("(" + ProfileEntity.IN_DIRECTORY + " = ?");
        List<Object> params = new ArrayList<>(List.of(Boolean.TRUE));
        if (!skillIds.isEmpty()) {
            where.append(" AND (");
            int i = 0;
            for (long id : skillIds) {
                where.append(i++ == 0 ? "" : " OR ").append(ProfileEntity.MENTOR_SKILLS).append(" LIKE ?");
                params.add(SkillLevels.pattern(id));
            }
            where.append(")");
        }
        if (filter.language() != null) {
            where.append(" AND ").append(ProfileEntity.LANGS).append(" LIKE ?");
            params.add("%|" + filter.language() + "|%");
        }
        if (filter.utcOffsetFrom() != null) {
            where.append(" AND ").append(ProfileEntity.UTC_OFFSET).append(" >= ?");
            params.add(filter.utcOffsetFrom());
        }
        if (filter.utcOffsetTo() != null) {
            where.append(" AND ").append(ProfileEntity.UTC_OFFSET).append(" <= ?");
            params.add(filter.utcOffsetTo());
        }
        if (userKeys != null) {
            if (userKeys.isEmpty()) {
                return new DirectoryRead(List.of(), null);
            }
            where.append(" AND ").append(ProfileEntity.USER_KEY).append(" IN (").append(SkillStore.marks(userKeys.size())).append(")");
            params.addAll(userKeys);
        }
        where.append(") OR ").append(ProfileEntity.USER_KEY).append(" = ?");
        params.add(viewerKey);
        List<DirectoryRow> candidates = new ArrayList<>();
        FitScore.Seeker[] viewer = {null};
        store.stream(ProfileEntity.class, Query.select(DIRECTORY_COLUMNS).where(where.toString(), params.toArray()), e -> {
            String userKey = e.getUserKey();
            if (userKey.equals(viewerKey)) {
                RankingColumn.Parts parts = RankingColumn.read(e.getRanking());
                viewer[0] = new FitScore.Seeker(SkillLevels.read(e.getGrowSkills()).keySet(), Set.copyOf(parts.languages()),
                        parts.utcOffsetMinutes());
            } else {
                candidates.add(new DirectoryRow(userKey, e.getRanking()));
            }
        });
        return new DirectoryRead(candidates, viewer[0]);
    }

    /** What one directory read found: the candidates, and the viewer's wanted skills, languages and offset (null: no profile). */
    record DirectoryRead(List<DirectoryRow> candidates, FitScore.Seeker viewer) {
    }

    /**
     * A directory candidate as read: its ranking text, parsed when it is scored. The directory ranks after the read (the
     * viewer's row may come last), and parsing each row right before scoring it keeps the parsed inputs in the CPU's
     * cache, where thousands of candidates parsed during the read would not be.
     */
    record DirectoryRow(String userKey, String ranking) {
        RankingColumn.Parts parts() {
            return RankingColumn.read(ranking);
        }

        /** The listed mentor's profile as the directory shows it (no bio, nothing they want to grow). */
        Profile profile(RankingColumn.Parts parts) {
            return new Profile(userKey, true, true, false, parts.mentorSkills(), Map.of(), parts.languages(), parts.timeZone(),
                    parts.utcOffsetMinutes(), parts.hoursPerMonth(), null, parts.reverseMentoring(), true, true);
        }
    }

    static Profile toRecord(ProfileEntity e) {
        return new Profile(e.getUserKey(), true, e.getOffers(), e.getSeeks(), SkillLevels.read(e.getMentorSkills()),
                SkillLevels.read(e.getGrowSkills()), SkillLevels.readLanguages(e.getLangs()), e.getTimeZone(), e.getUtcOffset(),
                e.getHours(), e.getBio(), e.getReverse(), e.getListed(), e.getInDirectory());
    }

    static Map<String, Object> values(Profile p, long now) {
        Map<String, Object> values = new HashMap<>();
        values.put(ProfileEntity.USER_KEY, p.userKey());
        values.put(ProfileEntity.OFFERS, p.offersMentoring());
        values.put(ProfileEntity.SEEKS, p.seeksMentor());
        values.put(ProfileEntity.TIME_ZONE, p.timeZone());
        values.put(ProfileEntity.UTC_OFFSET, p.utcOffsetMinutes());
        values.put(ProfileEntity.HOURS, p.hoursPerMonth());
        values.put(ProfileEntity.BIO, p.bio());
        values.put(ProfileEntity.REVERSE, p.reverseMentoring());
        values.put(ProfileEntity.LISTED, p.listed());
        values.put(ProfileEntity.IN_DIRECTORY, p.inDirectory());
        values.put(ProfileEntity.LANGS, SkillLevels.writeLanguages(p.languages()));
        values.put(ProfileEntity.MENTOR_SKILLS, SkillLevels.write(p.mentors()));
        values.put(ProfileEntity.GROW_SKILLS, SkillLevels.write(p.grows()));
        values.put(ProfileEntity.RANKING, RankingColumn.of(p));
        values.put(ProfileEntity.UPDATED_AT, now);
        return values;
    }

    void update(ProfileEntity e, Profile p, long now) {
        e.setOffers(p.offersMentoring());
        e.setSeeks(p.seeksMentor());
        e.setTimeZone(p.timeZone());
        e.setUtcOffset(p.utcOffsetMinutes());
        e.setHours(p.hoursPerMonth());
        e.setBio(p.bio());
        e.setReverse(p.reverseMentoring());
        e.setListed(p.listed());
        e.setInDirectory(p.inDirectory());
        e.setLangs(SkillLevels.writeLanguages(p.languages()));
        e.setMentorSkills(SkillLevels.write(p.mentors()));
        e.setGrowSkills(SkillLevels.write(p.grows()));
        e.setRanking(RankingColumn.of(p));
        e.setUpdatedAt(now);
        e.save();
    }
}
