package org.mentoring.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.mentoring.host.EntityStore;
import org.mentoring.people.UserJson;
import org.mentoring.privacy.KeyColumn;
import org.mentoring.privacy.KeyRewrite;
import org.mentoring.privacy.PersonalData;

/**
 * Introductions' part of a person's data: those they asked for, were asked to make, or were introduced in, each as
 * they may see it (the service's own reading, so the double opt-in holds in the export too: an asker never learns whom
 * they were introduced to before that person accepts). Erasure cancels what is still open through them (the others
 * are told); what stays is the pair's shared content, re-keyed to the former user. History entries' keys hold only the
 * introduction's id, so a key change needs nothing more than the column rewrite.
 */
public final class IntroductionPersonalData implements PersonalData {
    private static final KeyColumn ASKER = KeyColumn.of(IntroductionEntity.class, IntroductionEntity.ASKER_KEY);
    private static final KeyColumn ASKED = KeyColumn.of(IntroductionEntity.class, IntroductionEntity.ASKED_KEY);
    private static final KeyColumn INTRODUCED = KeyColumn.of(IntroductionEntity.class, IntroductionEntity.INTRODUCED_KEY);
    private static final KeyColumn ACTOR = KeyColumn.of(IntroductionEventEntity.class, IntroductionEventEntity.ACTOR_KEY);
    private static final List<KeyColumn> KEYS = List.of(ASKER, ASKED, INTRODUCED,
            // The person the asker named: shared content of the pair, kept like the rest but no longer naming them.
            KeyColumn.of(IntroductionEntity.class, IntroductionEntity.WANTED_KEY),
            ACTOR);

    private final EntityStore store;
    private final IntroductionService introductions;
    private final IntroductionViews views;
    private final KeyRewrite rewrite;

    public IntroductionPersonalData(EntityStore store, IntroductionService introductions, IntroductionViews views, KeyRewrite rewrite) {
        this.store = store;
        this.introductions = introductions;
        this.views = views;
        this.rewrite = rewrite;
    }

    @Override
    public String part() {
        return "introductions";
    }

    @Override
    public List<KeyColumn> keyColumns() {
        return KEYS;
    }

    /** Only kinds the person knows of: not whether someone named them in a request they never saw. */
    @Override
    public Map<String, Integer> count(String userKey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("introductions.asked", rewrite.count(ASKER, userKey));
        counts.put("introductions.made", store.count(IntroductionEntity.class, Query.select().where(IntroductionEntity.ASKED_KEY
                + " = ? AND " + IntroductionEntity.INTRODUCED_KEY + " IS NOT NULL", userKey)));
        counts.put("introductions.received", rewrite.count(INTRODUCED, userKey));
        counts.put("introductions.history", rewrite.count(ACTOR, userKey));
        return counts;
    }

    @Override
    public Object export(String userKey) {
        return introductions.involving(userKey).stream().map(i -> item(views.introduction(i))).toList();
    }

    /** The API view (what the service left out stays out), as plain maps for the document and its readable page. */
    private static Map<String, Object> item(IntroductionViews.IntroductionJson i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", i.id());
        item.put("relationshipId", i.relationshipId());
        item.put("yourPart", i.part());
        item.put("status", i.status());
        item.put("askedBy", name(i.asker()));
        item.put("introducer", name(i.introducer()));
        item.put("wanted", name(i.wanted()));
        item.put("wantedText", i.wantedText());
        item.put("purpose", i.purpose());
        item.put("introduced", name(i.introduced()));
        item.put("note", i.note());
        item.put("createdAt", i.createdAt());
        item.put("updatedAt", i.updatedAt());
        List<Object> history = new ArrayList<>();
        for (IntroductionViews.EventJson e : i.history()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("event", e.type());
            entry.put("by", name(e.actor()));
            entry.put("at", e.at());
            history.add(entry);
        }
        item.put("history", history);
        item.values().removeIf(java.util.Objects::isNull);
        return item;
    }

    private static Map<String, Object> name(UserJson user) {
        if (user == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", user.key());
        out.put("displayName", user.displayName());
        return out;
    }

    @Override
    public void erase(String userKey) {
        introductions.cancelOpenThrough(userKey);
    }
}
