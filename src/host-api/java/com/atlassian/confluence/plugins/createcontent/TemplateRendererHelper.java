package com.atlassian.confluence.plugins.createcontent;

/** Signature-only stub: the create-content plugin's renderer that blueprint context providers receive. */
public interface TemplateRendererHelper {
}
