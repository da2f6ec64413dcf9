package org.apache.camel.mws.simulator.market.xml;

/**
 * Appends XML to a StringBuilder: elements with escaped text, no DOM, no reflection. Only what MWS answers need.
 */
public final class Xml {

    private final StringBuilder sb;

    public Xml(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    public Xml(StringBuilder sb) {
        this.sb = sb;
    }

    public StringBuilder builder() {
        return sb;
    }

    public Xml open(String name) {
        sb.append('<').append(name).append('>');
        return this;
    }

    public Xml close(String name) {
        sb.append("</").append(name).append('>');
        return this;
    }

    /** An element with escaped text; nothing when the value is null. */
    public Xml el(String name, String value) {
        if (value != null) {
            sb.append('<').append(name).append('>');
            escape(sb, value);
            sb.append("</").append(name).append('>');
        }
        return this;
    }

    public Xml el(String name, long value) {
        sb.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
        return this;
    }

    public Xml el(String name, boolean value) {
        sb.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
        return this;
    }

    /** An element holding an ISO 8601 UTC date with {@code Z}. */
    public Xml dateZ(String name, long epochMs) {
        sb.append('<').append(name).append('>');
        IsoTime.appendZ(sb, epochMs);
        sb.append("</").append(name).append('>');
        return this;
    }

    /** An element holding an ISO 8601 date with {@code +00:00} (Reports and Feeds). */
    public Xml dateOffset(String name, long epochMs) {
        sb.append('<').append(name).append('>');
        IsoTime.appendOffset(sb, epochMs);
        sb.append("</").append(name).append('>');
        return this;
    }

    /** Text already known to need no escaping (numbers, enum names, ids). */
    public Xml raw(String text) {
        sb.append(text);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** Escapes {@code & < > " '} and drops characters XML 1.0 cannot carry (controls, lone surrogates). */
    public static void escape(StringBuilder sb, String s) {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x3f && c < 0xd800 || c >= 0xe000 && c < 0xfffe) {
                continue; // letters and most of Unicode: the fast path
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\t', '\n', '\r' -> null;
                default -> c < 0x20 || c >= 0xd800 ? "" : null;
            };
            if (rep != null) {
                sb.append(s, start, i).append(rep);
                start = i + 1;
            }
        }
        sb.append(s, start, n);
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        return sb.toString();
    }
}
