package com.atlassian.webresource.api.assembler;

/** Signature-only stub: the page's resource assembler (Platform-8 apps require resources through it). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
