package org.apache.camel.component.mws.transport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.component.mws.signing.Rfc3986;

/**
 * Masks secrets in text bound for logs and exception messages: the Signature parameter of any request, any
 * MWSAuthToken, and the exact secret values of the credentials in use (as they are and as encoded in a request).
 */
public final class SecretMasker {

    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Pattern SIGNED_PARAMETER = Pattern.compile(
            "((?:Signature|MWSAuthToken|SecretKey|secretKey|mwsAuthToken)[\"']?\\s*[=:]\\s*[\"']?)[^&\\s\"'<,;)]+");
    private static final Pattern AUTH_TOKEN = Pattern.compile("amzn\\.mws\\.[0-9A-Za-z-]+");
    private static final Pattern SIGNATURE_ELEMENT = Pattern.compile("(<Signature>)[^<]*(</Signature>)");

    private final Set<String> secrets = new LinkedHashSet<>();

    /**
     * @param values secret values (null or empty ones are ignored)
     */
    public SecretMasker(String... values) {
        for (String v : values) {
            if (v != null && v.length() >= 4) {
                secrets.add(v);
                secrets.add(Rfc3986.encode(v));
                secrets.add(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
    }

    private SecretMasker(Set<String> secrets) {
        this.secrets.addAll(secrets);
    }

    /**
     * @param  values more secret values, e.g. the Signature of one request, which a server may echo
     * @return        a masker hiding these values too
     */
    public SecretMasker with(String... values) {
        SecretMasker more = new SecretMasker(secrets);
        more.secrets.addAll(new SecretMasker(values).secrets);
        return more;
    }

    /**
     * @param  text any text, may be null
     * @return      the text with every secret replaced by {@value #MASK}
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        out = SIGNED_PARAMETER.matcher(out).replaceAll("$1" + MASK);
        out = SIGNATURE_ELEMENT.matcher(out).replaceAll("$1" + MASK + "$2");
        return AUTH_TOKEN.matcher(out).replaceAll(MASK);
    }
}
