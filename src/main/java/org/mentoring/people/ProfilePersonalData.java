package org.mentoring.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;

/** The mentoring profile's part of a person's data: exported whole, deleted on erasure (it describes only them). */
public final class ProfilePersonalData implements PersonalData {
    private static final List<KeyColumn> KEYS = List.of(KeyColumn.of(ProfileEntity.class, ProfileEntity.USER_KEY));

    private final EntityStore store;
    private final KeyRewrite rewrite;

    public ProfilePersonalData(EntityStore store, KeyRewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "profile";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    @Override
    public Map<String, Integer> count(String userKey) {
        return Map.of("profile", rewrite.count(KEYS.get(0), userKey));
    }

    @Override
    public Object export(String userKey) {
        ProfileEntity[] rows = store.find(ProfileEntity.class, Query.select().where(ProfileEntity.USER_KEY + " = ?", userKey));
        if (rows.length == 0) {
            return null;
        }
        ProfileEntity p = rows[0];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offersMentoring", p.getOffers());
        out.put("seeksMentor", p.getSeeks());
        out.put("timeZone", p.getTimeZone());
        out.put("hoursPerMonth", p.getHours());
        out.put("bio", p.getBio());
        out.put("reverseMentoring", p.getReverse());
        out.put("inDirectory", p.getInDirectory());
        out.put("languages", p.getLangs());
        out.put("mentorSkills", p.getMentorSkills());
        out.put("growthSkills", p.getGrowSkills());
        out.put("updatedAt", Instant.ofEpochMilli(p.getUpdatedAt()).toString());
        return out;
    }

    @Override
    public void erase(String userKey) {
        store.deleteWithSQL(ProfileEntity.class, ProfileEntity.USER_KEY + " = ?", userKey);
    }
}
