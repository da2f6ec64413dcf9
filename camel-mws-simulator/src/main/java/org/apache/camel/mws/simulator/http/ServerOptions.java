package org.apache.camel.mws.simulator.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the protocol layer behaves.
 *
 * @param httpPort         plain HTTP port (0: ephemeral, -1: off)
 * @param httpsPort        HTTPS port (0: ephemeral, -1: off)
 * @param refusePlainHttp  answer plain HTTP with 401 AccessDenied, as production did
 * @param strictUserAgent  apply UserAgentHeaderMissing and require the MWS form of every User-Agent
 * @param serverThrottling enforce the buckets and hourly quotas (off: for benchmarks of raw speed)
 * @param maxFeedBytes     largest SubmitFeed body accepted
 * @param spoolDirectory   where SubmitFeed bodies are spooled (null: the system temporary directory)
 * @param maxConnections   concurrent connections served
 * @param idleTimeout      how long an idle keep-alive connection is kept
 */
public record ServerOptions(int httpPort, int httpsPort, boolean refusePlainHttp, boolean strictUserAgent,
        boolean serverThrottling, long maxFeedBytes, Path spoolDirectory, int maxConnections, Duration idleTimeout) {

    public ServerOptions {
        if (httpPort < -1 || httpPort > 65535 || httpsPort < -1 || httpsPort > 65535) {
            throw new IllegalArgumentException("Ports must be -1 (off), 0 (ephemeral) or 1..65535");
        }
        if (httpPort == -1 && httpsPort == -1) {
            throw new IllegalArgumentException("At least one of HTTP and HTTPS must be on");
        }
        if (maxFeedBytes < 0) {
            throw new IllegalArgumentException("maxFeedBytes must not be negative");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
    }
}
