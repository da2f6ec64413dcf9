package org.apache.camel.component.mws.xml;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes a response body that is not the XML document expected, in words fit for an exception message: empty,
 * an HTML page (with its title), not XML at all. Shows at most a short, sanitized prefix of the body, so that a
 * proxy's error page is recognisable in a log without dumping it (or control characters) into the log.
 */
public final class BodyDiagnostics {

    /** Characters of the body shown in messages. */
    public static final int PREFIX_CHARS = 80;

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);

    /** What a body looks like before any XML parsing. */
    public enum Kind {
        EMPTY,
        HTML,
        NOT_XML,
        XML
    }

    private BodyDiagnostics() {
    }

    /**
     * Classifies a body by its first characters (after a byte order mark and whitespace).
     */
    public static Kind classify(byte[] body) {
        if (body == null) {
            return Kind.EMPTY;
        }
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return Kind.XML; // UTF-16 with a byte order mark: the XML parser decodes it
        }
        int i = firstSignificant(body);
        if (i >= body.length) {
            return Kind.EMPTY;
        }
        if (body[i] != '<') {
            return Kind.NOT_XML;
        }
        String head = new String(body, i, Math.min(body.length - i, 512), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (looksLikeHtml(head)) {
            return Kind.HTML;
        }
        return Kind.XML;
    }

    /**
     * Explains why a body of the given kind is not a readable MWS document, e.g. {@code "the body is an HTML page
     * (title: 502 Bad Gateway), not XML"}; null for {@link Kind#XML}.
     */
    public static String describe(byte[] body) {
        switch (classify(body)) {
            case EMPTY:
                return "the body is empty";
            case HTML:
                String title = htmlTitle(body);
                return "the body is an HTML page" + (title != null ? " (title: " + title + ")" : "")
                       + ", not an MWS XML response; body starts with: " + prefix(body);
            case NOT_XML:
                return "the body is not XML; body starts with: " + prefix(body);
            default:
                return null;
        }
    }

    /**
     * A quoted, sanitized prefix of the body for messages: at most {@link #PREFIX_CHARS} characters, control
     * characters and runs of whitespace folded into single spaces.
     */
    public static String prefix(byte[] body) {
        if (body == null || body.length == 0) {
            return "\"\"";
        }
        int len = Math.min(body.length, PREFIX_CHARS * 4);
        String text = new String(body, 0, len, StandardCharsets.UTF_8);
        return '"' + sanitize(text, PREFIX_CHARS) + '"';
    }

    /**
     * Folds control characters and whitespace runs into single spaces, drops a byte order mark and cuts the text
     * to {@code max} characters (marking the cut with "...").
     */
    public static String sanitize(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 3));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\uFFFD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        if (sb.length() >= max && text.length() > max) {
            sb.append("...");
        }
        return sb.toString().strip();
    }

    private static String htmlTitle(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        Matcher m = TITLE.matcher(head);
        return m.find() ? sanitize(m.group(1), 60) : null;
    }

    private static boolean looksLikeHtml(String lowerHead) {
        String s = lowerHead;
        // skip an XML declaration and comments: XHTML error pages start like any XML document
        while (true) {
            if (s.startsWith("<?xml")) {
                int end = s.indexOf("?>");
                if (end < 0) {
                    return false;
                }
                s = s.substring(end + 2).stripLeading();
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                if (end < 0) {
                    return false;
                }
                s = s.substring(end + 3).stripLeading();
            } else {
                break;
            }
        }
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
               || s.startsWith("<body");
    }

    private static int firstSignificant(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i;
    }
}
