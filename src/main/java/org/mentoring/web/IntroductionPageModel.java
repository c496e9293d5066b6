package org.mentoring.web;

import java.util.HashMap;
import java.util.Map;
import org.mentoring.network.IntroductionViews;
import org.mentoring.people.UserJson;

/** An introduction as the templates read it (plain maps: the hosts let templates call only allow-listed methods). */
final class IntroductionPageModel {
    private IntroductionPageModel() {
    }

    static Map<String, Object> introduction(IntroductionViews.IntroductionJson i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", i.id());
        m.put("status", i.status());
        m.put("part", i.part());
        m.put("askerName", name(i.asker()));
        m.put("introducerName", name(i.introducer()));
        m.put("wantedName", name(i.wanted()));
        m.put("wantedText", i.wantedText());
        m.put("purpose", i.purpose());
        m.put("introducedName", name(i.introduced()));
        m.put("note", i.note());
        m.put("counterpartKey", i.counterpart() == null ? null : i.counterpart().key());
        m.put("counterpartName", name(i.counterpart()));
        m.put("version", i.version());
        m.put("updatedAt", i.updatedAt().substring(0, Math.min(10, i.updatedAt().length())));
        m.put("canIntroduce", i.moves().contains("introduce"));
        m.put("canAccept", i.moves().contains("accept"));
        m.put("canDecline", i.moves().contains("decline"));
        m.put("canWithdraw", i.moves().contains("withdraw"));
        return m;
    }

    private static String name(UserJson user) {
        return user == null ? null : user.displayName();
    }
}
