package org.apache.camel.mws.simulator.market.data;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A marketplace as the generated data needs it: ids from marketplaces.csv plus what an order, a report or a
 * participation shows (currency, sales channel, language, the charset MWS used for its flat files).
 *
 * @param code            short code (US, DE, JP, ...)
 * @param id              MarketplaceId
 * @param countryCode     ISO country code
 * @param currency        ISO currency code
 * @param currencyDigits  minor unit digits of the currency (0 for JPY)
 * @param usdRate         units of the currency per US dollar, to derive a listing's price in each marketplace
 * @param domain          the store's domain (Amazon.com ...): SalesChannel and Participation name
 * @param language        text language of the generated data (en, de, fr, it, es, ja)
 * @param languageCode    DefaultLanguageCode of ListMarketplaceParticipations
 * @param region          NA, EU, FE, CN
 * @param reportCharset   charset of flat-file reports and flat-file processing reports
 */
public record Marketplace(String code, String id, String countryCode, String currency, int currencyDigits,
        double usdRate, String domain, String language, String languageCode, String region, Charset reportCharset) {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP31J = Charset.forName("windows-31j");
    private static final Charset UTF8 = Charset.forName("UTF-8");

    /** Every marketplace of marketplaces.csv. */
    public static final List<Marketplace> ALL = List.of(
            new Marketplace("US", "ATVPDKIKX0DER", "US", "USD", 2, 1.0, "Amazon.com", "en", "en_US", "NA", CP1252),
            new Marketplace("BR", "A2Q3Y263D00KWC", "BR", "BRL", 2, 5.0, "Amazon.com.br", "en", "pt_BR", "NA", CP1252),
            new Marketplace("CA", "A2EUQ1WTGCTBG2", "CA", "CAD", 2, 1.36, "Amazon.ca", "en", "en_CA", "NA", UTF8),
            new Marketplace("MX", "A1AM78C64UM0Y8", "MX", "MXN", 2, 17.0, "Amazon.com.mx", "es", "es_MX", "NA", CP1252),
            new Marketplace("DE", "A1PA6795UKMFR9", "DE", "EUR", 2, 0.92, "Amazon.de", "de", "de_DE", "EU", CP1252),
            new Marketplace("ES", "A1RKKUPIHCS9HS", "ES", "EUR", 2, 0.92, "Amazon.es", "es", "es_ES", "EU", CP1252),
            new Marketplace("FR", "A13V1IB3VIYZZH", "FR", "EUR", 2, 0.92, "Amazon.fr", "fr", "fr_FR", "EU", CP1252),
            new Marketplace("IT", "APJ6JRA9NG5V4", "IT", "EUR", 2, 0.92, "Amazon.it", "it", "it_IT", "EU", CP1252),
            new Marketplace("UK", "A1F83G8C2ARO7P", "GB", "GBP", 2, 0.79, "Amazon.co.uk", "en", "en_GB", "EU", CP1252),
            new Marketplace("NL", "A1805IZSGTT6HS", "NL", "EUR", 2, 0.92, "Amazon.nl", "en", "nl_NL", "EU", CP1252),
            new Marketplace("SE", "A2NODRKZP88ZB9", "SE", "SEK", 2, 10.5, "Amazon.se", "en", "sv_SE", "EU", CP1252),
            new Marketplace("PL", "A1C3SOZRARQ6R3", "PL", "PLN", 2, 4.0, "Amazon.pl", "en", "pl_PL", "EU", CP1252),
            new Marketplace("TR", "A33AVAJ2PDY3EV", "TR", "TRY", 2, 32.0, "Amazon.com.tr", "en", "tr_TR", "EU", CP1252),
            new Marketplace("IN", "A21TJRUUN4KGV", "IN", "INR", 2, 83.0, "Amazon.in", "en", "en_IN", "EU", CP1252),
            new Marketplace("AE", "A2VIGQ35RCS4UG", "AE", "AED", 2, 3.67, "Amazon.ae", "en", "en_AE", "EU", CP1252),
            new Marketplace("JP", "A1VC38T7YXB528", "JP", "JPY", 0, 150.0, "Amazon.co.jp", "ja", "ja_JP", "FE", CP31J),
            new Marketplace("AU", "A39IBJ37TRP1C6", "AU", "AUD", 2, 1.52, "Amazon.com.au", "en", "en_AU", "FE", CP1252),
            new Marketplace("SG", "A19VAU5U5O7RUS", "SG", "SGD", 2, 1.35, "Amazon.sg", "en", "en_SG", "FE", UTF8),
            new Marketplace("CN", "AAHKV2X7AFYLW", "CN", "CNY", 2, 7.2, "Amazon.cn", "en", "zh_CN", "CN", UTF8));

    private static final Map<String, Marketplace> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Marketplace::id, Function.identity()));

    /** The marketplace with that MarketplaceId, or null. */
    public static Marketplace byId(String id) {
        return BY_ID.get(id);
    }

    /** Converts a price in US cents into this marketplace's minor units, rounded like a shop would. */
    public long fromUsdCents(long usdCents) {
        double major = usdCents / 100.0 * usdRate;
        if (currencyDigits == 0) {
            return Math.max(10, Math.round(major / 10.0) * 10);
        }
        // prices ending in .99 or .49 look like prices
        long whole = (long) Math.floor(major);
        return whole * 100 + (major - whole < 0.5 ? 49 : 99);
    }

    public String salesChannel() {
        return domain;
    }
}
