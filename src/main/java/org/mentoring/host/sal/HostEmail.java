package org.mentoring.host.sal;

import com.atlassian.mail.Email;
import java.util.Map;

/**
 * atlassian-mail's {@code Email}, as Jira's and Confluence's mail servers send it: with a multipart body, the
 * server's message creator sets that as the content and adds the body as a first part only when the body is not
 * blank (decompiled atlassian-mail MessageCreator), so the body stays empty and the parts are text then HTML.
 * Headers (RFC 8058 one-click unsubscribe) go through {@code Email.addHeader}, which the server copies onto the message.
 */
public final class HostEmail {
    private HostEmail() {
    }

    public static Email of(String address, String subject, String text, String html, Map<String, String> headers) {
        Email email = new Email(address);
        email.setSubject(subject);
        email.setEncoding("UTF-8");
        email.setMimeType("text/html");
        if (AlternativeBody.attach(email, text, html)) {
            email.setBody("");
        } else {
            email.setBody(html);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            email.addHeader(header.getKey(), header.getValue());
        }
        return email;
    }
}
