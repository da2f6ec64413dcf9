package org.apache.camel.mws.simulator.market.xml;

/** Amounts in minor units written as decimal text. */
public final class Money {

    private Money() {
    }

    public static StringBuilder appendAmount(StringBuilder sb, long minor, int digits) {
        if (digits == 0) {
            return sb.append(minor);
        }
        if (minor < 0) {
            sb.append('-');
            minor = -minor;
        }
        long unit = digits == 2 ? 100 : (long) Math.pow(10, digits);
        sb.append(minor / unit).append('.');
        String frac = Long.toString(minor % unit);
        for (int k = frac.length(); k < digits; k++) {
            sb.append('0');
        }
        return sb.append(frac);
    }

    public static String amount(long minor, int digits) {
        return appendAmount(new StringBuilder(12), minor, digits).toString();
    }

    /** {@code <name><CurrencyCode>..</CurrencyCode><Amount>..</Amount></name>} (Orders). */
    public static void orders(Xml x, String name, String currency, long minor, int digits) {
        StringBuilder sb = x.builder();
        sb.append('<').append(name).append("><CurrencyCode>").append(currency).append("</CurrencyCode><Amount>");
        appendAmount(sb, minor, digits).append("</Amount></").append(name).append('>');
    }

    /** {@code <name><CurrencyCode>..</CurrencyCode><CurrencyAmount>..</CurrencyAmount></name>} (Finances). */
    public static void finances(Xml x, String name, String currency, long minor, int digits) {
        StringBuilder sb = x.builder();
        sb.append('<').append(name).append("><CurrencyCode>").append(currency)
                .append("</CurrencyCode><CurrencyAmount>");
        appendAmount(sb, minor, digits).append("</CurrencyAmount></").append(name).append('>');
    }
}
