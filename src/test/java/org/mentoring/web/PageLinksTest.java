package org.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import org.junit.Test;

/**
 * The addresses of the app's pages. The relative forms are what notifications keep in the database: they
 * must stay exactly as earlier versions wrote them, or stored links break.
 */
public class PageLinksTest {
    @Test
    public void relativeLinksKeepTheStoredForm() {
        PageLinks links = PageLinks.RELATIVE;
        assertEquals("/plugins/servlet/mentoring/my", links.myMentoring());
        assertEquals("/plugins/servlet/mentoring/relationship?id=12", links.relationship(12));
        assertEquals("/plugins/servlet/mentoring/relationship?id=12#section-feedback", links.relationshipSection(12, "feedback"));
        assertEquals("/plugins/servlet/mentoring/relationship?id=12#section-sessions", links.relationshipSection(12, "sessions"));
        assertEquals("/plugins/servlet/mentoring/relationship?id=12#feedback-34", links.feedback(12, 34));
        assertEquals("/plugins/servlet/mentoring/goals?relationship=12", links.goalBoard(12));
        assertEquals("/plugins/servlet/mentoring/goal?id=56", links.goal(56));
        assertEquals("/plugins/servlet/mentoring/admin", links.admin());
    }

    @Test
    public void pageLinksCarryTheHostsContextPath() {
        assertEquals("/jira/plugins/servlet/mentoring/goal?id=56", PageLinks.under("/jira").goal(56));
        assertEquals("/wiki/plugins/servlet/mentoring/my", PageLinks.under("/wiki").myMentoring());
        assertSame(PageLinks.RELATIVE, PageLinks.under(""));
        assertSame(PageLinks.RELATIVE, PageLinks.under(null));
    }
}
