package org.mentoring.host.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import org.mentoring.admin.MentoringScope;
import org.mentoring.web.EmbeddedProgram;

/**
 * {@code mentoring-program}: a program's dashboard figures and charts (counts only) for the people who may see its
 * dashboard; {@link EmbeddedProgram} decides, this only translates Confluence's rendering context.
 */
public class ProgramMacro implements Macro {
    private final EmbeddedProgram embedded;
    private final MacroPlace place;

    public ProgramMacro(EmbeddedProgram embeddedProgram, MentoringScope mentoringScope, UserManager salUserManager,
                        ApplicationProperties applicationProperties, LocaleResolver localeResolver) {
        this.embedded = embeddedProgram;
        this.place = new MacroPlace(mentoringScope, salUserManager, applicationProperties, localeResolver);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return embedded.render(parameters, place.of(context));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
