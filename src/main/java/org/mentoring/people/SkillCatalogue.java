package org.mentoring.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentoring.error.ForbiddenException;
import org.mentoring.error.NotFoundException;
import org.mentoring.error.Problem;
import org.mentoring.error.Problems;
import org.mentoring.host.Transactions;
import org.mentoring.host.UserDirectory;
import org.mentoring.paging.Page;
import org.mentoring.paging.PageRequest;

/**
 * The skills catalogue: anyone signed in reads it, administrators keep it (name, optional category, synonyms).
 * A name or synonym finds one skill only. Free tags (people's own skills, where administrators allow them) sit
 * in the same catalogue, marked as tags, so the directory matches them like any skill.
 */
public final class SkillCatalogue {
    static final int MAX_NAME = 80;
    static final int MAX_SYNONYMS = 10;
    /** The stored synonym list must fit its column (255). */
    static final int MAX_SYNONYMS_TEXT = 250;

    private final SkillStore skills;
    private final Transactions transactions;
    private final UserDirectory users;

    public SkillCatalogue(SkillStore skills, Transactions transactions, UserDirectory users) {
        this.skills = skills;
        this.transactions = transactions;
        this.users = users;
    }

    public Page<Skill> list(PageRequest page, boolean withTags) {
        return skills.list(page, withTags);
    }

    public Skill get(long id) {
        return skills.find(id).map(SkillStore::toRecord).orElseThrow(() -> new NotFoundException("skill"));
    }

    public Map<Long, Skill> byIds(Collection<Long> ids) {
        return skills.byIds(ids);
    }

    /** Which skill each term (name or synonym, any case) names; terms naming none are left out. Keys are lower case. */
    public Map<String, Long> resolve(Collection<String> terms) {
        return skills.idsByTerm(terms);
    }

    public Skill create(String actorKey, SkillInput input) {
        requireAdmin(actorKey);
        Checked c = check(input, 0);
        return transactions.execute(() -> SkillStore.toRecord(skills.insert(c.name, c.category, c.synonyms, false)));
    }

    /** Editing a free tag makes it a catalogue entry. */
    public Skill update(String actorKey, long id, SkillInput input) {
        requireAdmin(actorKey);
        return transactions.execute(() -> {
            var entity = skills.find(id).orElseThrow(() -> new NotFoundException("skill"));
            Checked c = check(input, id);
            skills.update(entity, c.name, c.category, c.synonyms);
            return SkillStore.toRecord(entity);
        });
    }

    /** Removes the skill; profiles that named it drop it when next read (ids are never reused). */
    public void delete(String actorKey, long id) {
        requireAdmin(actorKey);
        transactions.execute(() -> {
            skills.delete(skills.find(id).orElseThrow(() -> new NotFoundException("skill")));
            return null;
        });
    }

    /** A free tag for {@code name}, made on first use; the caller has checked the name and that tags are allowed. */
    long tag(String name) {
        Long existing = skills.idsByTerm(List.of(name)).get(SkillStore.key(name));
        return existing != null ? existing : skills.insert(name, null, List.of(), true).getID();
    }

    private record Checked(String name, String category, List<String> synonyms) {
    }

    private Checked check(SkillInput input, long exceptId) {
        SkillInput in = input == null ? new SkillInput(null, null, null) : input;
        Problems problems = new Problems();
        String name = problems.requiredText("name", in.name(), MAX_NAME);
        String category = problems.optionalText("category", in.category(), MAX_NAME);
        List<String> synonyms = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(SkillStore.key(name)));
        List<String> given = in.synonyms() == null ? List.of() : in.synonyms();
        if (given.size() > MAX_SYNONYMS) {
            problems.add("synonyms", "mentoring.skill.synonyms.many", MAX_SYNONYMS);
        }
        for (int i = 0; i < given.size() && i < MAX_SYNONYMS; i++) {
            String s = problems.requiredText("synonyms[" + i + "]", given.get(i), MAX_NAME);
            if (!s.isEmpty() && s.contains(",")) {
                problems.add("synonyms[" + i + "]", "mentoring.skill.synonyms.comma");
            } else if (!s.isEmpty() && seen.add(SkillStore.key(s))) {
                synonyms.add(s);
            }
        }
        if (String.join(", ", synonyms).length() > MAX_SYNONYMS_TEXT) {
            problems.add("synonyms", "mentoring.error.toolong", MAX_SYNONYMS_TEXT);
        }
        if (!problems.has("name") && !problems.has("synonyms")) {
            List<String> terms = new ArrayList<>(synonyms);
            terms.add(name);
            Map<String, Long> taken = skills.takenTerms(terms, exceptId);
            if (!taken.isEmpty()) {
                Map<Long, Skill> owners = skills.byIds(taken.values());
                taken.forEach((term, id) -> problems.add(term.equals(SkillStore.key(name)) ? "name" : "synonyms",
                        "mentoring.skill.term.taken", term, owners.containsKey(id) ? owners.get(id).name() : term));
            }
        }
        problems.throwIfAny();
        return new Checked(name, category, synonyms);
    }

    private void requireAdmin(String actorKey) {
        if (actorKey == null || !users.isAdmin(actorKey)) {
            throw new ForbiddenException(Problem.of(null, "mentoring.skill.admin"));
        }
    }
}
