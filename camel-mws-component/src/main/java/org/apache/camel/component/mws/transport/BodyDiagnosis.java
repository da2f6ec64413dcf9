package org.apache.camel.component.mws.transport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a few words what an answer that is not the expected MWS XML looks like, for exception messages: empty, an
 * HTML page (with its title), or something else (with a short, sanitized excerpt).
 */
final class BodyDiagnosis {

    private static final int EXCERPT = 120;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,200})</title>",
            Pattern.CASE_INSENSITIVE);

    private BodyDiagnosis() {
    }

    static boolean isHtml(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = start(body, 256).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html");
    }

    static boolean looksLikeXml(byte[] body) {
        return start(body, 1).startsWith("<");
    }

    static String describe(byte[] body, String contentType, SecretMasker masker) {
        if (body == null || body.length == 0) {
            return "the body is empty";
        }
        String ct = contentType == null ? "no Content-Type" : "Content-Type " + contentType;
        if (isHtml(body, contentType)) {
            Matcher m = TITLE.matcher(start(body, 4096));
            String title = m.find() ? " \"" + masker.mask(m.group(1).trim()) + "\"" : "";
            return "the body is an HTML page" + title + " (" + ct + ", " + body.length
                   + " bytes), not an MWS XML document; a proxy or load balancer probably answered";
        }
        String what = looksLikeXml(body) ? "the body is not a readable MWS XML document" : "the body is not XML";
        return what + " (" + ct + ", " + body.length + " bytes): \"" + masker.mask(excerpt(body)) + "\"";
    }

    private static String excerpt(byte[] body) {
        String s = start(body, EXCERPT).replaceAll("\\p{Cntrl}+", " ");
        return body.length > EXCERPT ? s + "..." : s;
    }

    /** The first characters after a byte-order mark and leading white space. */
    private static String start(byte[] body, int max) {
        if (body == null) {
            return "";
        }
        int from = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        while (from < body.length && Character.isWhitespace(body[from])) {
            from++;
        }
        int len = Math.min(body.length - from, max);
        return new String(body, from, Math.max(0, len), StandardCharsets.UTF_8);
    }
}
