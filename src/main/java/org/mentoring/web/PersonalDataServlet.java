package org.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.mentoring.privacy.PersonalDataExport;

/**
 * "Your data" (/plugins/servlet/mentoring/me/export): everything the app holds about the viewer, readable, with the
 * same document to download as JSON. Only ever the viewer's own data, so nobody can ask for anyone else's.
 */
@LicensedOnly
public class PersonalDataServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    /** The deepest indentation the stylesheet has a class for (mentoring-depth-0 … 6). */
    private static final int MAX_INDENT = 6;

    private final transient PersonalDataExport export;

    public PersonalDataServlet(PersonalDataExport export, PageResponder pages) {
        super(pages);
        this.export = export;
    }

    @Override
    protected String page(String viewer, HttpServletRequest req, Map<String, Object> context) {
        Map<String, Object> document = export.export(viewer);
        context.put("exportedAt", document.get("exportedAt"));
        // Maps, not records: the hosts' Velocity calls only allow-listed methods.
        java.util.List<Map<String, Object>> sections = new java.util.ArrayList<>();
        for (PersonalDataExport.Section section : PersonalDataExport.readable(document)) {
            java.util.List<Map<String, Object>> lines = new java.util.ArrayList<>();
            for (PersonalDataExport.Line line : section.lines()) {
                Map<String, Object> one = new java.util.HashMap<>();
                // A class per depth (the content security policy refuses style attributes); deeper ones line up with the deepest.
                one.put("indent", Math.min(line.depth(), MAX_INDENT));
                one.put("label", line.label());
                one.put("value", line.value());
                lines.add(one);
            }
            sections.add(Map.of("title", section.title(), "lines", lines));
        }
        context.put("sections", sections);
        return "templates/my-data.vm";
    }
}
