package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/** Signature-only stub: what a blueprint's context provider reads and fills (wizard fields arrive as keys). */
public class BlueprintContext {
    public Object get(String key) {
        throw new UnsupportedOperationException("stub");
    }

    public void put(String key, Object value) {
        throw new UnsupportedOperationException("stub");
    }

    public void setTitle(String title) {
        throw new UnsupportedOperationException("stub");
    }

    public String getSpaceKey() {
        throw new UnsupportedOperationException("stub");
    }
}
