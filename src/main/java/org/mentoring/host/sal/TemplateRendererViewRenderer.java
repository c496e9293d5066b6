package org.mentoring.host.sal;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.mentoring.host.ViewRenderer;

/**
 * Pages through the host's template renderer (its Velocity, which escapes every reference not ending in
 * Html). The app's CSS/JS come from the {@code mentoring} web-resource context, required here; the host's
 * decorator puts them in the page head, so {@code webResourcesHtml} is empty.
 */
public final class TemplateRendererViewRenderer implements ViewRenderer {
    public static final String WEB_RESOURCE_CONTEXT = "org.mentoring.mentoring";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    public TemplateRendererViewRenderer(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void render(String template, Map<String, Object> context, Writer out) throws IOException {
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        Map<String, Object> values = new HashMap<>(context);
        values.put("webResourcesHtml", "");
        renderer.render(template, values, out);
    }
}
