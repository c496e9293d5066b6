package com.atlassian.templaterenderer;

/** Signature-only stub. */
public interface TemplateRenderer {
    void render(String templateName, java.util.Map<String, Object> context, java.io.Writer writer)
            throws RenderingException, java.io.IOException;
}
