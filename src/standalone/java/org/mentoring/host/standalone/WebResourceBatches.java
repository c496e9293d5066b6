package org.mentoring.host.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The standalone host's stand-in for the products' web-resource manager: the app's CSS and JS as
 * {@code atlassian-plugin.xml} lists them (the page web-resource and its own dependencies, in order), batched into one
 * CSS and one JS file, and the vendored AUI/jQuery. Every URL carries a version (a digest of all of it), so browsers
 * keep them for a year without asking again and a changed file gets a new URL; Jetty compresses them on the way out
 * ({@link StandaloneServer}). Immutable once built: the same files give every node the same URLs.
 */
public final class WebResourceBatches {
    /** The web-resource the pages require (in the hosts through its context). */
    static final String PAGE_RESOURCES = "mentoring-resources";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private static final class Standard {
        static final WebResourceBatches INSTANCE = fromClasspath();
    }

    private final String version;
    private final byte[] css;
    private final byte[] js;

    private WebResourceBatches(String version, byte[] css, byte[] js) {
        this.version = version;
        this.css = css;
        this.js = js;
    }

    /** Built once per JVM from the classpath. */
    public static WebResourceBatches standard() {
        return Standard.INSTANCE;
    }

    /** The versioned prefix of every static URL: {@code /static/<version>}. */
    public String prefix() {
        return "/static/" + version;
    }

    /** Where the vendored AUI's stylesheet is (the sign-in and error pages use it alone). */
    public String auiCss() {
        return prefix() + "/vendor/aui/aui-prototyping.css";
    }

    /** The stylesheets alone (AUI's and the app's), for the host's own pages: sign-in, sign-out, errors. */
    public String stylesHtml() {
        return "<link rel=\"stylesheet\" href=\"" + auiCss() + "\"><link rel=\"stylesheet\" href=\"" + prefix() + "/batch.css\">";
    }

    /** The tags a page's head carries: AUI and jQuery, then the app's batches. */
    public String headHtml() {
        return String.join("\n",
                "<link rel=\"stylesheet\" href=\"" + auiCss() + "\">",
                "<link rel=\"stylesheet\" href=\"" + prefix() + "/batch.css\">",
                "<script src=\"" + prefix() + "/vendor/jquery/jquery.min.js\"></script>",
                "<script src=\"" + prefix() + "/vendor/aui/aui-prototyping.js\"></script>",
                "<script src=\"" + prefix() + "/batch.js\"></script>");
    }

    /** Serves the two batches under {@link #prefix()}. */
    HttpServlet servlet() {
        Map<String, byte[]> files = Map.of("/batch.css", css, "/batch.js", js);
        Map<String, String> types = Map.of("/batch.css", "text/css;charset=UTF-8", "/batch.js", "text/javascript;charset=UTF-8");
        String etag = "\"" + version + "\"";
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                byte[] body = files.get(req.getPathInfo());
                if (body == null) {
                    resp.sendError(404);
                    return;
                }
                resp.setHeader("Cache-Control", CACHE_FOREVER);
                resp.setHeader("ETag", etag);
                if (etag.equals(req.getHeader("If-None-Match"))) {
                    resp.setStatus(304);
                    return;
                }
                resp.setContentType(types.get(req.getPathInfo()));
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
            }
        };
    }

    static WebResourceBatches fromClasspath() {
        List<String> locations = new ArrayList<>();
        webResource(descriptor(), PAGE_RESOURCES, locations);
        ByteArrayOutputStream css = new ByteArrayOutputStream();
        ByteArrayOutputStream js = new ByteArrayOutputStream();
        MessageDigest digest = sha256();
        for (String location : locations) {
            byte[] file = classpathFile("/" + location);
            ByteArrayOutputStream batch = location.endsWith(".css") ? css : js;
            // Each file on its own lines, named; a script's last statement cannot run into the next file's first.
            batch.writeBytes(("/* " + location + " */\n").getBytes(StandardCharsets.UTF_8));
            batch.writeBytes(file);
            batch.writeBytes(location.endsWith(".js") ? ";\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
        }
        digest.update(css.toByteArray());
        digest.update(js.toByteArray());
        vendorFiles().forEach(digest::update);
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new WebResourceBatches(version, css.toByteArray(), js.toByteArray());
    }

    /** The download resources of {@code key}, after those of its dependencies in this plugin (the products' own are AUI). */
    private static void webResource(Document descriptor, String key, List<String> into) {
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        NodeList resources = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (!key.equals(resource.getAttribute("key"))) {
                continue;
            }
            NodeList dependencies = resource.getElementsByTagName("dependency");
            for (int d = 0; d < dependencies.getLength(); d++) {
                String dependency = dependencies.item(d).getTextContent().trim();
                if (dependency.startsWith(pluginKey + ":")) {
                    webResource(descriptor, dependency.substring(pluginKey.length() + 1), into);
                }
            }
            NodeList files = resource.getElementsByTagName("resource");
            for (int f = 0; f < files.getLength(); f++) {
                Element file = (Element) files.item(f);
                String location = file.getAttribute("location");
                if ("download".equals(file.getAttribute("type")) && !into.contains(location)) {
                    into.add(location);
                }
            }
            return;
        }
        throw new IllegalStateException("atlassian-plugin.xml has no web-resource " + key);
    }

    private static Document descriptor() {
        try (InputStream in = WebResourceBatches.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml cannot be read", e);
        }
    }

    /** The vendored files' contents, in a stable order (a folder on disk or inside a jar). */
    private static List<byte[]> vendorFiles() {
        URL folder = WebResourceBatches.class.getResource("/static/vendor/");
        if (folder == null) {
            throw new IllegalStateException("Missing static files on the classpath: /static/vendor/");
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
                    return read(jar.provider().getPath(folder.toURI()));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return read(Path.of(folder.toURI()));
                }
            }
            return read(Path.of(folder.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            List<byte[]> contents = new ArrayList<>();
            for (Path file : sorted) {
                contents.add(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                contents.add(Files.readAllBytes(file));
            }
            return contents;
        }
    }

    private static byte[] classpathFile(String path) {
        try (InputStream in = WebResourceBatches.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml names " + path + ", which is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
