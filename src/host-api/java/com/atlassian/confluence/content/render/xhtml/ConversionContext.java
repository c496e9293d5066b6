package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Signature-only stub: the subset of the macro rendering context the macros read. */
public interface ConversionContext {
    /** The page (or blog post, comment …) being rendered; null in some previews. [V] reference B.3 */
    ContentEntityObject getEntity();

    /** "display", "preview", "pdf", "word", "email", "feed", "html_export" … [I] values seen compared with RenderContextOutputType constants in public macros */
    String getOutputType();

    /** "desktop", "mobile", "email" [V] reference B.3; EMAIL compared in public Jira-issues macro code [I] */
    String getOutputDeviceType();

    String getSpaceKey(); // [V] reference B.3
}
