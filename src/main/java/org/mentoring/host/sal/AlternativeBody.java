package org.mentoring.host.sal;

import java.lang.reflect.Method;

/**
 * A multipart/alternative body (plain text, then HTML) for atlassian-mail's {@code Email.setMultipart}. Which mail
 * library that method takes is not confirmed for Platform 8 (javax.mail through Platform 7, probably jakarta.mail
 * now), so the parts are built reflectively with the classes of whichever package the host's {@code Email} was
 * compiled against, loaded by the host's class loader; the plugin imports neither. When neither works, the caller
 * sends the HTML part alone, as before.
 */
public final class AlternativeBody {
    private AlternativeBody() {
    }

    /**
     * Puts text and HTML on {@code email} (any object with a one-argument {@code setMultipart}); false when it has no
     * such method or its mail library cannot be used, so the caller falls back to one HTML body.
     */
    public static boolean attach(Object email, String text, String html) {
        for (Method m : email.getClass().getMethods()) {
            if (m.getName().equals("setMultipart") && m.getParameterCount() == 1) {
                try {
                    m.invoke(email, build(m.getParameterTypes()[0], text, html));
                    return true;
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** A {@code MimeMultipart("alternative")} of {@code multipartType}'s library, with a UTF-8 text part then an HTML part. */
    static Object build(Class<?> multipartType, String text, String html) throws ReflectiveOperationException {
        String pkg = multipartType.getPackageName(); // javax.mail or jakarta.mail
        ClassLoader loader = multipartType.getClassLoader();
        Class<?> multipartClass = Class.forName(pkg + ".internet.MimeMultipart", true, loader);
        Class<?> partClass = Class.forName(pkg + ".internet.MimeBodyPart", true, loader);
        Class<?> bodyPart = Class.forName(pkg + ".BodyPart", true, loader);
        Object multipart = multipartClass.getConstructor(String.class).newInstance("alternative");
        Method setText = partClass.getMethod("setText", String.class, String.class, String.class);
        Method add = multipartClass.getMethod("addBodyPart", bodyPart);
        Object plain = partClass.getConstructor().newInstance();
        setText.invoke(plain, text, "UTF-8", "plain");
        add.invoke(multipart, plain);
        Object rich = partClass.getConstructor().newInstance();
        setText.invoke(rich, html, "UTF-8", "html");
        add.invoke(multipart, rich);
        return multipart;
    }
}
