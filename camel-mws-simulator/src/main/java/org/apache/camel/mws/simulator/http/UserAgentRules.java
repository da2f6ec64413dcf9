package org.apache.camel.mws.simulator.http;

/**
 * The User-Agent rules of MWS: {@code AppName/AppVersion (Language=...; Attr=...)}, {@code Language} required, at
 * most 500 characters, backslash escapes ({@code \ /} in the name, {@code (} in the version, {@code =} in attribute
 * names, {@code ) ; \} in attribute values).
 *
 * <p>
 * How strict: production documented {@code UserAgentHeaderMissing}, but published clients that sent no
 * User-Agent at all (the amazon-mws Node client over GET) were served, and browsers cannot set the header (they
 * send {@code X-Amazon-User-Agent}). So by default a missing header is accepted, and a present header is judged
 * only when it claims the MWS form (it has an attribute part in parentheses): then it must parse, name a
 * {@code Language}, and stay within 500 characters. A generic agent such as {@code node-fetch/1.0} passes. In
 * strict mode a missing header is {@code UserAgentHeaderMissing} and every header must be of the MWS form. The
 * length limit applies to every header in both modes.
 */
final class UserAgentRules {

    static final int MAX_LENGTH = 500;

    private final boolean strict;

    UserAgentRules(boolean strict) {
        this.strict = strict;
    }

    /** Checks the request's agent; {@code userAgent} is User-Agent or else X-Amazon-User-Agent, may be null. */
    void check(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            if (strict) {
                throw MwsError.beforeSection(400, "UserAgentHeaderMissing",
                        "The request must contain a User-Agent header.");
            }
            return;
        }
        if (userAgent.length() > MAX_LENGTH) {
            throw MwsError.beforeSection(400, "UserAgentHeaderMaximumLengthExceeded",
                    "The User-Agent header is " + userAgent.length() + " characters long; at most " + MAX_LENGTH
                            + " are allowed.");
        }
        if (!strict && userAgent.indexOf('(') < 0) {
            return; // not claiming the MWS form: tolerated, as production tolerated generic agents
        }
        Parsed parsed = parse(userAgent);
        if (parsed == null) {
            throw MwsError.beforeSection(400, "UserAgentHeaderMalformed",
                    "The User-Agent header must look like AppName/AppVersion (Language=LanguageName; Name=Value).");
        }
        if (!parsed.hasLanguage) {
            throw MwsError.beforeSection(400, "UserAgentHeaderLanguageAttributeMissing",
                    "The User-Agent header must contain the Language attribute.");
        }
    }

    private record Parsed(boolean hasLanguage) {
    }

    /** Null when malformed. */
    private static Parsed parse(String ua) {
        int i = 0;
        int n = ua.length();
        StringBuilder name = new StringBuilder();
        for (; i < n && ua.charAt(i) != '/'; i++) {
            char c = ua.charAt(i);
            if (c == '\\') {
                if (++i >= n) {
                    return null;
                }
                c = ua.charAt(i);
            }
            name.append(c);
        }
        if (i >= n || name.toString().isBlank()) {
            return null;
        }
        i++; // '/'
        StringBuilder version = new StringBuilder();
        for (; i < n && ua.charAt(i) != '('; i++) {
            char c = ua.charAt(i);
            if (c == '\\') {
                if (++i >= n) {
                    return null;
                }
                c = ua.charAt(i);
            }
            version.append(c);
        }
        if (i >= n || version.toString().isBlank()) {
            return null;
        }
        i++; // '('
        boolean language = false;
        while (true) {
            while (i < n && ua.charAt(i) == ' ') {
                i++;
            }
            StringBuilder attr = new StringBuilder();
            for (; i < n && ua.charAt(i) != '='; i++) {
                char c = ua.charAt(i);
                if (c == '\\') {
                    if (++i >= n) {
                        return null;
                    }
                    c = ua.charAt(i);
                } else if (c == ')' || c == ';') {
                    return null;
                }
                attr.append(c);
            }
            if (i >= n || attr.toString().isBlank()) {
                return null;
            }
            i++; // '='
            StringBuilder value = new StringBuilder();
            for (; i < n && ua.charAt(i) != ')' && ua.charAt(i) != ';'; i++) {
                char c = ua.charAt(i);
                if (c == '\\') {
                    if (++i >= n) {
                        return null;
                    }
                    c = ua.charAt(i);
                }
                value.append(c);
            }
            if (i >= n) {
                return null;
            }
            if ("Language".equals(attr.toString().trim()) && !value.toString().isBlank()) {
                language = true;
            }
            if (ua.charAt(i) == ')') {
                i++;
                break;
            }
            i++; // ';'
        }
        return ua.substring(i).isBlank() ? new Parsed(language) : null;
    }
}
