package org.mentoring.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentoring.host.AuditLog;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;

/**
 * Everything the app holds about a person, for that person: one document with a section per part, each as the person
 * may see it (the pair's shared content included, nobody else's private notes). Asking for it is audited.
 */
public final class PersonalDataExport {
    public static final String FORMAT = "mentoring-personal-data/1";

    private final List<PersonalData> parts;
    private final UserDirectory users;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public PersonalDataExport(List<PersonalData> parts, UserDirectory users, Transactions transactions, AuditLog audit, Clock clock) {
        this.parts = List.copyOf(parts);
        this.users = users;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The document for {@code userKey} (maps and lists, ready for JSON). */
    public Map<String, Object> export(String userKey) {
        Map<String, Object> document = transactions.execute(() -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", FORMAT);
            doc.put("exportedAt", clock.instant().toString());
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("key", userKey);
            users.find(userKey).ifPresent(p -> {
                person.put("name", p.name());
                person.put("displayName", p.displayName());
            });
            doc.put("person", person);
            for (PersonalData part : parts) {
                Object data = part.export(userKey);
                if (data != null) {
                    doc.put(part.part(), data);
                }
            }
            return doc;
        });
        audit.record(AuditLog.Entry.of("personal-data.exported", userKey, Map.of()));
        return document;
    }

    /** A heading and its lines, for the readable rendering. */
    public record Section(String title, List<Line> lines) {
    }

    /** One value at its depth in the document: a label alone opens a group. */
    public record Line(int depth, String label, String value) {
    }

    /** The document as sections of indented lines, for the HTML page (the template escapes every value). */
    public static List<Section> readable(Map<String, Object> document) {
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, Object> e : document.entrySet()) {
            if (e.getKey().equals("format")) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            flatten(e.getValue(), 0, null, lines);
            sections.add(new Section(e.getKey(), lines));
        }
        return sections;
    }

    private static void flatten(Object value, int depth, String label, List<Line> lines) {
        if (value instanceof Map<?, ?> map) {
            if (label != null) {
                lines.add(new Line(depth, label, null));
            }
            int inner = label == null ? depth : depth + 1;
            map.forEach((k, v) -> flatten(v, inner, String.valueOf(k), lines));
        } else if (value instanceof List<?> list) {
            if (label != null) {
                lines.add(new Line(depth, label, list.isEmpty() ? "—" : null));
            }
            int inner = label == null ? depth : depth + 1;
            for (int i = 0; i < list.size(); i++) {
                flatten(list.get(i), inner, "#" + (i + 1), lines);
            }
        } else if (value != null) {
            lines.add(new Line(depth, label == null ? "" : label, String.valueOf(value)));
        }
    }

}
