package com.atlassian.plugin.web;

import java.util.Map;

/** Signature-only stub [V usage: DVCS connector's DvcsTabPanelContextProvider and Jira's own providers]. */
public interface ContextProvider {
    void init(Map<String, String> params) throws com.atlassian.plugin.PluginParseException; // [V]

    Map<String, Object> getContextMap(Map<String, Object> context); // [V] context holds "issue" on the view-issue page
}
