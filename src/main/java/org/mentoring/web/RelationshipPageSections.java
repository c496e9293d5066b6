package org.mentoring.web;

import java.util.List;

/**
 * The sections of the relationship page, in page order. A type of its own so the hosts' constructor injection
 * hands the page exactly these, not every section bean (the macros' summary card is one too).
 */
public record RelationshipPageSections(List<RelationshipSection> inOrder) {
    public RelationshipPageSections {
        inOrder = List.copyOf(inOrder);
    }
}
