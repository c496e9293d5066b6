package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Signature-only stub: Confluence's XHTML macro. [V] reference B.3 (decompiled API, Macro Browser doc). */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException; // [V]

    BodyType getBodyType(); // [V]

    OutputType getOutputType(); // [V]

    enum OutputType { INLINE, BLOCK } // [V]

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE } // [V]
}
