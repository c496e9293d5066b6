package com.atlassian.sal.api.pluginsettings;

/** Signature-only stub. Values are String, List, Properties or Map; keys at most 100 characters. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
