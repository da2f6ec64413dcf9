package org.apache.camel.mws.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.mws.examples.config.SellerSettings;

/**
 * Creates the mws endpoints of one seller: its seller id and marketplaces on the URI, its MWSAuthToken set on the
 * endpoint's configuration so that the secret never appears in a URI (the developer's keys are the component's).
 */
public final class SellerEndpoints {

    private final CamelContext context;

    public SellerEndpoints(CamelContext context) {
        this.context = context;
    }

    /**
     * @param seller   the seller
     * @param resource {@code Section/Action}, e.g. {@code Orders/ListOrders}
     * @param options  further URI options ({@code a=b&c=d}), or empty
     */
    public MwsEndpoint endpoint(SellerSettings seller, String resource, String options) {
        String uri = "mws:" + resource + "?sellerId=" + seller.sellerId() + "&marketplace="
                     + seller.marketplaceOption() + (options == null || options.isEmpty() ? "" : "&" + options);
        MwsEndpoint endpoint = context.getEndpoint(uri, MwsEndpoint.class);
        endpoint.getConfiguration().setMwsAuthToken(seller.mwsAuthToken());
        return endpoint;
    }
}
