package org.apache.camel.component.mws;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import org.apache.camel.component.mws.catalog.MarketplaceSelection;
import org.apache.camel.component.mws.transport.MwsResponseHead;

/**
 * The charset a report is written in. The configured {@code reportCharset} wins; else the Content-Type's charset
 * (windows-1252 in NA and EU, windows-31j in Japan, UTF-8 in a few places); else, because settlement reports came
 * without one, windows-1252, or windows-31j for Japan.
 */
final class ReportCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final String JAPAN = "A1VC38T7YXB528";

    private ReportCharsets() {
    }

    /**
     * @param  configured               the reportCharset option, or null
     * @param  head                     the answer carrying the report
     * @param  marketplaces             the marketplaces the report belongs to, as far as known (Japan chooses
     *                                  windows-31j as the fallback)
     * @return                          the report's charset
     * @throws IllegalArgumentException when the configured charset is unknown to the JVM
     */
    static Charset of(String configured, MwsResponseHead head, MarketplaceSelection marketplaces) {
        if (configured != null && !configured.isBlank()) {
            return named(configured.trim());
        }
        return head.charset(fallback(marketplaces));
    }

    /**
     * @return windows-31j when the marketplaces include the Japanese one (or their host is Japan's), else
     *         windows-1252
     */
    static Charset fallback(MarketplaceSelection marketplaces) {
        boolean japan = marketplaces.marketplaceIds().contains(JAPAN)
                        || marketplaces.host() != null && marketplaces.host().toLowerCase(Locale.ROOT).endsWith(".jp");
        return japan ? WINDOWS_31J : WINDOWS_1252;
    }

    static Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("The reportCharset " + name + " is not a charset this JVM knows", e);
        }
    }
}
