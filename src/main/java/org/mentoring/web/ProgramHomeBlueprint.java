package org.mentoring.web;

import java.util.HashMap;
import java.util.Map;
import org.mentoring.error.Problems;
import org.mentoring.program.Program;
import org.mentoring.program.ProgramService;

/**
 * What the "Program home" blueprint fills in: the program a manager picked — its name, description, objectives and
 * where people enrol — and a title that names it, unique per program, so a space holds one home page per program.
 * Only those who may see the program (its managers and administrators) make its page; for anyone else the program
 * does not exist.
 */
public final class ProgramHomeBlueprint {
    private final ProgramService programs;

    public ProgramHomeBlueprint(ProgramService programs) {
        this.programs = programs;
    }

    /**
     * The template's variables; refuses (400) a missing or malformed id, and (404) a program the viewer may not see.
     * {@code baseUrl} is the host's address, for the link to the program's page where people enrol
     * ({@code programLink}, ready-escaped XHTML).
     */
    public Map<String, String> variables(String viewerKey, String programId, String baseUrl) {
        Problems problems = new Problems();
        String id = problems.requiredText("programId", programId, 19);
        if (!problems.has("programId") && !id.matches("[1-9][0-9]{0,17}")) {
            problems.add("programId", "mentoring.error.number");
        }
        problems.throwIfAny();
        Program program = programs.get(viewerKey, Long.parseLong(id));
        Map<String, String> variables = new HashMap<>();
        variables.put("programId", id);
        variables.put("programName", program.name());
        variables.put("programDescription", program.description() == null ? "" : program.description());
        variables.put("programObjectives", program.objectives() == null ? "" : program.objectives());
        // Inserted as raw XHTML (at:rawxhtml), so everything in it is escaped here.
        variables.put("programLink", "<a href=\"" + DashboardChart.escape(PageLinks.under(baseUrl).program(program.id())) + "\">"
                + DashboardChart.escape(program.name()) + "</a>");
        variables.put("title", "Mentoring program: " + program.name() + " (#" + id + ")");
        return variables;
    }
}
