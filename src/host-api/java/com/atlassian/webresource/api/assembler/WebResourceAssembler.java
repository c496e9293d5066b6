package com.atlassian.webresource.api.assembler;

/** Signature-only stub. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
