package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;

/** Signature-only stub, with the supported constructor only (the no-argument one is deprecated). */
public abstract class AbstractBlueprintContextProvider {
    protected AbstractBlueprintContextProvider(TemplateRendererHelper templateRendererHelper) {
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
