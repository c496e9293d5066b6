package org.mentoring.upgrade.sample;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** Test-only: the "current" entity after the sample change (the text gains a new, filled length column). */
@Table("UPG_NOTE")
public interface NoteEntity extends Entity {
    String getText();

    void setText(String text);

    @Indexed
    Integer getTextLength();

    void setTextLength(Integer length);
}
