package org.apache.camel.mws.examples;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;
import org.apache.camel.mws.examples.feeds.FeedResults;
import org.apache.camel.mws.examples.feeds.FeedRoutes;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * With {@code examples.jms.broker-url} the application uses that broker, not its own: an update put on the external
 * broker's queue by a plain JMS client is submitted, and its result is read from that broker.
 */
class ExternalBrokerTest {

    @TempDir
    Path workDir;
    private BrokerService broker;
    private String brokerUrl;
    private RunningApp app;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new BrokerService();
        broker.setBrokerName("external");
        broker.setPersistent(false);
        broker.setUseJmx(false);
        TransportConnector connector = broker.addConnector("tcp://127.0.0.1:0");
        broker.start();
        broker.waitUntilStarted();
        URI uri = connector.getPublishableConnectURI();
        brokerUrl = "tcp://127.0.0.1:" + uri.getPort();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        broker.stop();
        broker.waitUntilStopped();
    }

    @Test
    void updatesAndResultsGoThroughTheConfiguredBroker() throws Exception {
        Map<String, String> props = RunningApp.testProperties(workDir);
        props.put("examples.jms.broker-url", brokerUrl);
        props.put("examples.simulator.sellers", "1");
        props.put("examples.orders.enabled", "false");
        props.put("examples.reports.enabled", "false");
        app = RunningApp.start(props);
        MwsSimulator sim = app.simulator();
        String seller = sim.market().sellerIds().get(0);
        String sku = sim.market().listings(seller).get(2).sku();

        Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection();
        try {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(FeedRoutes.INVENTORY_QUEUE));
            producer.send(session.createTextMessage("sku,quantity\n" + sku + ",23\n"));
            MessageConsumer consumer = session.createConsumer(session.createQueue(FeedRoutes.RESULTS_QUEUE));
            Message result = consumer.receive(60_000);
            assertNotNull(result, "no result on the external broker's " + FeedRoutes.RESULTS_QUEUE);
            assertEquals("DONE", result.getStringProperty(FeedResults.OUTCOME), ((TextMessage) result).getText());
            assertEquals(1, result.getIntProperty(FeedResults.SUCCESSFUL));
        } finally {
            connection.close();
        }
        assertEquals(23L, sim.market().inventory(seller).get(sku));
    }
}
