package com.atlassian.webresource.api.assembler;

/** Signature-only stub. */
public interface RequiredResources {
    RequiredResources requireContext(String context);
}
