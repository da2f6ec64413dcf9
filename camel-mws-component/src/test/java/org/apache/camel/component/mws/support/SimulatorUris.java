package org.apache.camel.component.mws.support;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;

/**
 * Endpoint URIs that reach an {@link MwsSimulator} over plain HTTP on the loopback interface, with the keys of the
 * seller's own developer or of the third-party developer every seller authorized, and the simulator's time scale.
 */
public final class SimulatorUris {

    private SimulatorUris() {
    }

    /**
     * @return {@code mws:<operation>?endpoint=...} acting as the seller's own developer
     */
    public static String own(MwsSimulator sim, String sellerId, String operation, String... options) {
        return uri(sim, sim.accounts().developerOf(sellerId), "sellerId=" + sellerId, operation, options);
    }

    /**
     * @return {@code mws:<operation>?endpoint=...} acting as the third-party developer, for the seller with its
     *         MWSAuthToken
     */
    public static String thirdParty(MwsSimulator sim, String sellerId, String operation, String... options) {
        return uri(sim, sim.accounts().thirdPartyDeveloper(),
                "sellerId=" + sellerId + "&mwsAuthToken=RAW(" + sim.accounts().authToken(sellerId) + ")", operation,
                options);
    }

    /**
     * @return {@code mws:<operation>?endpoint=...} with the third-party developer's keys and no seller
     */
    public static String developer(MwsSimulator sim, String operation, String... options) {
        return uri(sim, sim.accounts().thirdPartyDeveloper(), null, operation, options);
    }

    private static String uri(MwsSimulator sim, DeveloperAccount dev, String seller, String operation,
            String... options) {
        StringBuilder sb = new StringBuilder("mws:").append(operation).append("?endpoint=").append(sim.httpBaseUrl())
                .append("&accessKeyId=").append(dev.accessKeyId()).append("&secretKey=RAW(").append(dev.secretKey())
                .append(")&timeScale=").append(sim.clock().timeScale()).append("&retryBackoff=10,20,40,80")
                .append("&retryJitter=0");
        if (seller != null) {
            sb.append('&').append(seller);
        }
        for (String o : options) {
            sb.append('&').append(o);
        }
        return sb.toString();
    }
}
