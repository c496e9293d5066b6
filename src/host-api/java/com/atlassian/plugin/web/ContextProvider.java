package com.atlassian.plugin.web;

import java.util.Map;

/** Signature-only stub. */
public interface ContextProvider {
    void init(Map<String, String> params) throws com.atlassian.plugin.PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
