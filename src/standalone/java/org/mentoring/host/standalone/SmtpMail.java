package org.mentoring.host.standalone;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;
import java.util.function.Function;
import java.util.Optional;
import org.mentoring.host.Mail;

/** The standalone host's mail: multipart/alternative (plain text, then HTML) over SMTP with Jakarta Mail. */
public final class SmtpMail implements Mail {
    /** Where and how to send: {@code user} null for no authentication; {@code tls} for STARTTLS (required). */
    public record Config(String host, int port, boolean tls, String user, String password, String from) {
    }

    private final Session session;
    private final InternetAddress from;
    private final Function<String, Optional<String>> addressOf;

    public SmtpMail(Config config, Function<String, Optional<String>> addressOf) {
        Properties props = new Properties();
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", String.valueOf(config.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (config.tls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (config.user() != null) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(config.user(), config.password() == null ? "" : config.password());
                }
            };
        }
        this.session = Session.getInstance(props, auth);
        try {
            this.from = new InternetAddress(config.from(), true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + config.from(), e);
        }
        this.addressOf = addressOf;
    }

    @Override
    public void send(Message message) {
        Optional<String> to = addressOf.apply(message.recipientKey());
        if (to.isEmpty()) {
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to.get(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), "UTF-8", "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
            for (java.util.Map.Entry<String, String> header : message.headers().entrySet()) {
                mime.setHeader(header.getKey(), header.getValue());
            }
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new IllegalStateException("The SMTP server did not take the mail: " + e.getMessage(), e);
        }
    }
}
