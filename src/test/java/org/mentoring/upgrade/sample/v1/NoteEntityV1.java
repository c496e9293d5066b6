package org.mentoring.upgrade.sample.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** Test-only: the frozen copy of {@code NoteEntity} as a release shipped it (one text column). Never edited. */
@Table("UPG_NOTE")
public interface NoteEntityV1 extends Entity {
    String getText();

    void setText(String text);
}
