package org.mentoring.host;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders a Velocity template from the plugin ({@code templates/…}). Every reference is HTML-escaped
 * except those whose name ends in {@code Html} (the hosts' convention). Adapters add
 * {@code webResourcesHtml}: what the page's head needs for the app's CSS and JS in that host.
 */
public interface ViewRenderer {
    void render(String template, Map<String, Object> context, Writer out) throws IOException;
}
