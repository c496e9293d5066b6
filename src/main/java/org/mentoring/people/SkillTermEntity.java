package org.mentoring.people;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A word that finds a skill: its name and each synonym, in lower case. Unique, so a term names one skill only.
 * Stored in data: never rename or move.
 */
@Table("SKILL_TERM")
public interface SkillTermEntity extends Entity {
    String TERM = "TERM";
    String SKILL_ID = "SKILL_ID";

    @NotNull
    @Unique
    String getTerm();

    void setTerm(String term);

    @NotNull
    @Indexed
    long getSkillId();

    void setSkillId(long skillId);
}
