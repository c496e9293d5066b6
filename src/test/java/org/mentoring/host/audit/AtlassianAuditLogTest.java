package org.mentoring.host.audit;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.mentoring.host.AuditLog;
import org.mockito.MockedStatic;

/** The app's audit entries reach Atlassian's audit API as one event with an action key and short attributes. */
public class AtlassianAuditLogTest {
    @Test
    public void anEntryBecomesAnAuditEventWithItsAttributes() {
        AuditService service = mock(AuditService.class);
        AuditType type = mock(AuditType.class);
        AuditType.Builder typeBuilder = mock(AuditType.Builder.class);
        when(typeBuilder.build()).thenReturn(type);
        AuditEvent event = mock(AuditEvent.class);
        AuditEvent.Builder eventBuilder = mock(AuditEvent.Builder.class, RETURNS_SELF);
        when(eventBuilder.build()).thenReturn(event);
        List<String> attributes = new ArrayList<>();
        try (MockedStatic<AuditType> types = mockStatic(AuditType.class);
             MockedStatic<AuditEvent> events = mockStatic(AuditEvent.class);
             MockedStatic<AuditAttribute> attrs = mockStatic(AuditAttribute.class)) {
            types.when(() -> AuditType.fromI18nKeys(CoverageArea.LOCAL_CONFIG_AND_ADMINISTRATION, CoverageLevel.BASE,
                    "mentoring.audit.category", "mentoring.audit.action.program.manager.appointed")).thenReturn(typeBuilder);
            events.when(() -> AuditEvent.builder(type)).thenReturn(eventBuilder);
            attrs.when(() -> AuditAttribute.fromI18nKeys(anyString(), anyString())).thenAnswer(i -> {
                attributes.add(i.getArgument(0) + "=" + i.getArgument(1));
                AuditAttribute.Builder b = mock(AuditAttribute.Builder.class);
                when(b.build()).thenReturn(mock(AuditAttribute.class));
                return b;
            });
            new AtlassianAuditLog(service).record(new AuditLog.Entry("program.manager.appointed", "u-ada", "u-pam",
                    Map.of("programId", "7", "program", "Graduates")));
        }
        verify(service).audit(event);
        verify(eventBuilder, org.mockito.Mockito.times(3)).extraAttribute(any());
        assertEquals(List.of("mentoring.audit.attribute.user=u-pam", "mentoring.audit.attribute.program=Graduates",
                "mentoring.audit.attribute.programId=7"), attributes);
    }
}
