package org.mentoring.feedback;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reply in a feedback's thread. REPLY_KEY ("feedbackId:seq") is unique, so two replies racing for the same
 * place cannot both land (and the thread's count stays right). Stored in data: never rename or move.
 */
@Table("FB_REPLY")
public interface FeedbackReplyEntity extends Entity {
    String FEEDBACK_ID = "FEEDBACK_ID";
    String SEQ = "SEQ";
    String REPLY_KEY = "REPLY_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String TEXT = "TEXT";
    String WRITTEN_AT = "WRITTEN_AT";

    @NotNull
    @Indexed
    long getFeedbackId();

    void setFeedbackId(long id);

    @NotNull
    int getSeq();

    void setSeq(int seq);

    @NotNull
    @Unique
    String getReplyKey();

    void setReplyKey(String key);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String key);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    long getWrittenAt();

    void setWrittenAt(long epochMillis);
}
