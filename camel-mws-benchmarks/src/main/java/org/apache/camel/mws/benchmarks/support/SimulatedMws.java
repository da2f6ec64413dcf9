package org.apache.camel.mws.benchmarks.support;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.account.DeveloperAccount;

/**
 * A CamelContext whose {@code mws} component talks to a running simulator for its first seller, over plain HTTP on
 * the loopback interface, with the keys of the third-party developer every simulated seller authorized (so a
 * {@code SellerId} and {@code MWSAuthToken} parameter can act for any other seller). The benchmarks and scenarios build on it so that every figure comes from the real
 * component, the real transport and the real protocol.
 */
public final class SimulatedMws implements AutoCloseable {

    private final MwsSimulator simulator;
    private final CamelContext camel;

    private SimulatedMws(MwsSimulator simulator, CamelContext camel) {
        this.simulator = simulator;
        this.camel = camel;
    }

    /** A started CamelContext for the simulator's first seller; closing it leaves the simulator running. */
    public static SimulatedMws connect(MwsSimulator simulator) {
        return connect(simulator, c -> {
        });
    }

    /** As {@link #connect(MwsSimulator)}, letting the caller adjust the component before the context starts. */
    public static SimulatedMws connect(MwsSimulator simulator, java.util.function.Consumer<MwsComponent> customizer) {
        DeveloperAccount dev = simulator.accounts().thirdPartyDeveloper();
        MwsComponent mws = new MwsComponent();
        MwsConfiguration c = mws.getConfiguration();
        c.setEndpoint(simulator.httpBaseUrl());
        c.setAccessKeyId(dev.accessKeyId());
        c.setSecretKey(dev.secretKey());
        c.setSellerId(simulator.sellerId());
        c.setMwsAuthToken(simulator.accounts().authToken(simulator.sellerId()));
        c.setMarketplace(simulator.seller().marketplaceIds().get(0));
        customizer.accept(mws);
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("mws", mws);
        camel.start();
        return new SimulatedMws(simulator, camel);
    }

    public MwsSimulator simulator() {
        return simulator;
    }

    public CamelContext camel() {
        return camel;
    }

    /** Sends one request through {@code mws:<operation>} and returns the body of the answer. */
    public <T> T request(String operation, Map<String, Object> parameters, Class<T> type) {
        return camel.createProducerTemplate().requestBodyAndHeader("mws:" + operation, null,
                "CamelMwsParameters", parameters, type);
    }

    /**
     * The raw XML of one ListOrders page of {@code pageSize} orders, exactly as the simulator sends it (used as the
     * input of the parsing benchmarks).
     */
    public static String listOrdersPage(int pageSize) {
        try (MwsSimulator sim = MwsSimulator.builder().ordersPerSeller(pageSize * 2).start();
             SimulatedMws mws = connect(sim)) {
            String after = sim.market().epoch().minus(Duration.ofDays(400)).toString();
            String xml = mws.request("Orders/ListOrders?resultFormat=xml",
                    Map.of("CreatedAfter", after, "MaxResultsPerPage", String.valueOf(pageSize)), String.class);
            int orders = xml.split("<AmazonOrderId>", -1).length - 1;
            if (orders != pageSize) {
                throw new IllegalStateException("expected a page of " + pageSize + " orders, got " + orders);
            }
            return xml;
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
