package org.mentoring.program;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One of a program's own enrolment questions, asked besides what the mentoring profile already says; answers are
 * kept on the enrolment by the question's id. Stored in data: never rename or move.
 */
@Table("PROGRAM_QUESTION")
public interface ProgramQuestionEntity extends Entity {
    String PROGRAM_ID = "PROGRAM_ID";
    String POSITION = "POSITION";
    String TEXT = "TEXT";
    String REQUIRED = "REQUIRED";

    @NotNull
    @Indexed
    long getProgramId();

    void setProgramId(long id);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    boolean isRequired();

    void setRequired(boolean required);
}
