package com.atlassian.plugin.web;

import java.util.Map;

/** Signature-only stub. */
public interface Condition {
    void init(Map<String, String> params) throws com.atlassian.plugin.PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
