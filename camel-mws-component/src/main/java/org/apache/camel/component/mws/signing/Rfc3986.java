package org.apache.camel.component.mws.signing;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Signature Version 2 wants it (RFC 3986): {@code A-Z a-z 0-9 - _ . ~} stay, every other byte of
 * the UTF-8 form becomes {@code %XY} with upper-case hex; a space is {@code %20}, never {@code +}.
 * {@link java.net.URLEncoder} differs on space, {@code *} and {@code ~}, hence this small encoder.
 */
public final class Rfc3986 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private Rfc3986() {
    }

    /**
     * @param  value any text (null is treated as empty)
     * @return       the RFC 3986 encoding of its UTF-8 bytes
     */
    public static String encode(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (isUnreserved(value)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 128 && UNRESERVED[c]) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                return false;
            }
        }
        return true;
    }
}
