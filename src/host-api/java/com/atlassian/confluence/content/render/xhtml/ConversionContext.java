package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Signature-only stub: the subset of the macro rendering context the macros read. */
public interface ConversionContext {
    /** The page (or blog post, comment …) being rendered; null in some previews */
    ContentEntityObject getEntity();

    /** "display", "preview", "pdf", "word", "email", "feed", "html_export" … values seen compared with RenderContextOutputType constants in public macros */
    String getOutputType();

    /** "desktop", "mobile", "email" EMAIL compared in public Jira-issues macro code */
    String getOutputDeviceType();

    String getSpaceKey();
}
