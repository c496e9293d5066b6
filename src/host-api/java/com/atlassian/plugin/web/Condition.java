package com.atlassian.plugin.web;

import java.util.Map;

/** Signature-only stub [V usage: DvcsPanelCondition, PullRequestExistsCondition read (Issue) context.get("issue")]. */
public interface Condition {
    void init(Map<String, String> params) throws com.atlassian.plugin.PluginParseException; // [V]

    boolean shouldDisplay(Map<String, Object> context); // [V]
}
