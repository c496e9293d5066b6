package org.mentoring.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/** The skills catalogue's queries. Terms are kept in lower case; every read is one statement. */
public final class SkillStore {
    private final EntityStore store;

    public SkillStore(EntityStore store) {
        this.store = store;
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    Page<Skill> list(PageRequest page, boolean withTags) {
        String where = withTags ? "ID > ?" : SkillEntity.FREE_TAG + " = ?";
        Object arg = withTags ? (Object) 0 : (Object) Boolean.FALSE;
        SkillEntity[] rows = store.find(SkillEntity.class, Query.select().where(where, arg)
                .order(SkillEntity.NAME_KEY).limit(page.maxResults()).offset(page.startAt()));
        return Page.counted(page, Arrays.stream(rows).map(SkillStore::toRecord).toList(),
                () -> store.count(SkillEntity.class, Query.select().where(where, arg)));
    }

    Optional<SkillEntity> find(long id) {
        SkillEntity[] rows = store.find(SkillEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** Skills by id, in one statement. */
    Map<Long, Skill> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(store.find(SkillEntity.class, Query.select().where("ID IN (" + marks(ids.size()) + ")", ids.toArray())))
                .map(SkillStore::toRecord).collect(Collectors.toMap(Skill::id, s -> s));
    }

    /** The skill each term (name or synonym, any case) names, for the terms that name one; one statement each for terms and skills. */
    Map<String, Long> idsByTerm(Collection<String> terms) {
        List<String> keys = terms.stream().map(SkillStore::key).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new HashMap<>();
        for (SkillTermEntity t : store.find(SkillTermEntity.class, Query.select()
                .where(SkillTermEntity.TERM + " IN (" + marks(keys.size()) + ")", keys.toArray()))) {
            found.put(t.getTerm(), t.getSkillId());
        }
        return found;
    }

    /** Terms already used by skills other than {@code exceptId}, mapped to the name of the skill that has them. */
    Map<String, Long> takenTerms(Collection<String> terms, long exceptId) {
        Map<String, Long> taken = new LinkedHashMap<>(idsByTerm(terms));
        taken.values().removeIf(id -> id == exceptId);
        return taken;
    }

    SkillEntity insert(String name, String category, List<String> synonyms, boolean freeTag) {
        Map<String, Object> values = new HashMap<>();
        values.put(SkillEntity.NAME, name);
        values.put(SkillEntity.NAME_KEY, key(name));
        values.put(SkillEntity.CATEGORY, category);
        values.put(SkillEntity.SYNONYMS, synonyms.isEmpty() ? null : String.join(", ", synonyms));
        values.put(SkillEntity.FREE_TAG, freeTag);
        SkillEntity e = store.create(SkillEntity.class, values);
        writeTerms(e.getID(), name, synonyms);
        return e;
    }

    void update(SkillEntity e, String name, String category, List<String> synonyms) {
        e.setName(name);
        e.setNameKey(key(name));
        e.setCategory(category);
        e.setSynonyms(synonyms.isEmpty() ? null : String.join(", ", synonyms));
        e.setFreeTag(false);
        e.save();
        store.deleteWithSQL(SkillTermEntity.class, SkillTermEntity.SKILL_ID + " = ?", (long) e.getID());
        writeTerms(e.getID(), name, synonyms);
    }

    void delete(SkillEntity e) {
        store.deleteWithSQL(SkillTermEntity.class, SkillTermEntity.SKILL_ID + " = ?", (long) e.getID());
        store.delete(e);
    }

    private void writeTerms(long skillId, String name, List<String> synonyms) {
        for (String term : java.util.stream.Stream.concat(java.util.stream.Stream.of(name), synonyms.stream())
                .map(SkillStore::key).distinct().toList()) {
            store.create(SkillTermEntity.class, Map.of(SkillTermEntity.TERM, term, SkillTermEntity.SKILL_ID, skillId));
        }
    }

    static Skill toRecord(SkillEntity e) {
        List<String> synonyms = e.getSynonyms() == null ? List.of()
                : Arrays.stream(e.getSynonyms().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Skill(e.getID(), e.getName(), e.getCategory(), synonyms, e.getFreeTag());
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
