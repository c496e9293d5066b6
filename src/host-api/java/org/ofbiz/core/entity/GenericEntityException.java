package org.ofbiz.core.entity;

/** Signature-only stub of the checked exception Jira's entity engine throws (the real one extends GeneralException). */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;
}
