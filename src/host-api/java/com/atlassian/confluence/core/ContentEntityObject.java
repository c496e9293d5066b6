package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;

/** Signature-only stub (a class in Confluence): the page a macro is on. */
public abstract class ContentEntityObject {
    /** public macro code passes conversionContext.getEntity().getCreator() to Attachment.setCreator(ConfluenceUser) */
    public ConfluenceUser getCreator() {
        throw new UnsupportedOperationException("stub");
    }

    public long getId() {
        throw new UnsupportedOperationException("stub");
    }
}
