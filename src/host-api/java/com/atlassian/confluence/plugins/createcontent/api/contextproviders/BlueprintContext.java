package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/** Signature-only stub: what a blueprint's context provider reads and fills (wizard fields arrive as keys). */
public class BlueprintContext {
    public Object get(String key) { // [V] public blueprint providers: (String) blueprintContext.get("vThema")
        throw new UnsupportedOperationException("stub");
    }

    public void put(String key, Object value) { // [V] blueprintContext.put("vVerantwortlich", …)
        throw new UnsupportedOperationException("stub");
    }

    public void setTitle(String title) { // [V] blueprintContext.setTitle(title)
        throw new UnsupportedOperationException("stub");
    }

    public String getSpaceKey() { // [V] context.getSpaceKey() in a public index-page provider
        throw new UnsupportedOperationException("stub");
    }
}
