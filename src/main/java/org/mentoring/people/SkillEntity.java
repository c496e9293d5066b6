package org.mentoring.people;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An entry of the skills catalogue: kept by administrators, or a free tag a person added where administrators
 * allow them. {@code SYNONYMS} is the display list; {@link SkillTermEntity} holds the searchable terms.
 * Stored in data: never rename or move.
 */
@Table("SKILL")
public interface SkillEntity extends Entity {
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String CATEGORY = "CATEGORY";
    String SYNONYMS = "SYNONYMS";
    String FREE_TAG = "FREE_TAG";

    @NotNull
    String getName();

    void setName(String name);

    /** The name in lower case: one skill per name. */
    @NotNull
    @Unique
    String getNameKey();

    void setNameKey(String key);

    String getCategory();

    void setCategory(String category);

    /** Comma-separated, as the administrator wrote them. */
    String getSynonyms();

    void setSynonyms(String synonyms);

    @NotNull
    @Indexed
    boolean getFreeTag();

    void setFreeTag(boolean freeTag);
}
