package org.apache.camel.mws.simulator.http;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What GetServiceStatus answers per section: GREEN unless a test scripts otherwise (GREEN_I, YELLOW, RED come
 * with a message, as MWS sent them during incidents).
 */
public final class ServiceStatusBoard {

    /** The statuses MWS reported. */
    public enum Status {
        GREEN, GREEN_I, YELLOW, RED
    }

    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    /** Sets the status of a section ({@code "*"} for every section without its own). */
    public void set(String section, Status status) {
        statuses.put(Objects.requireNonNull(section, "section"), Objects.requireNonNull(status, "status"));
    }

    public Status status(String section) {
        Status s = statuses.get(section);
        if (s == null) {
            s = statuses.getOrDefault("*", Status.GREEN);
        }
        return s;
    }

    /** Every section GREEN again. */
    public void reset() {
        statuses.clear();
    }

    /** The inner XML of GetServiceStatusResult. */
    String resultXml(String section, String timestamp, String messageId) {
        Status s = status(section);
        StringBuilder sb = new StringBuilder(256);
        sb.append("<Status>").append(s).append("</Status><Timestamp>").append(timestamp).append("</Timestamp>");
        if (s != Status.GREEN) {
            sb.append("<MessageId>").append(messageId).append("</MessageId><Messages><Message><Locale>en_US</Locale>")
                    .append("<Text>").append(text(section, s)).append("</Text></Message></Messages>");
        }
        return sb.toString();
    }

    private static String text(String section, Status s) {
        return switch (s) {
        case GREEN_I -> "The " + section + " service is operating normally. Earlier issues have been resolved.";
        case YELLOW -> "The " + section + " service is experiencing elevated error rates or latency.";
        case RED -> "The " + section + " service is unavailable or experiencing extremely high error rates.";
        default -> "";
        };
    }
}
