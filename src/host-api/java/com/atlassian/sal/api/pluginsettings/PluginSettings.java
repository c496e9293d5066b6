package com.atlassian.sal.api.pluginsettings;

/** Signature-only stub [V: reference B.1]. Values are String, List, Properties or Map; keys at most 100 characters. */
public interface PluginSettings {
    Object get(String key); // [V]

    Object put(String key, Object value); // [V]

    Object remove(String key); // [V]
}
