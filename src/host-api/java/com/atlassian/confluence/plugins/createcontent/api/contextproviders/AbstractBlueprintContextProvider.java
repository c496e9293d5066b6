package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/** Signature-only stub. [V] public blueprint context providers extend it with a no-argument constructor. */
public abstract class AbstractBlueprintContextProvider {
    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context); // [V]
}
