package org.apache.camel.component.mws.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Unmarshaller;

import org.apache.camel.component.mws.model.feeds.AmazonEnvelope;
import org.apache.camel.component.mws.xml.NamespaceNeutralReader;
import org.apache.camel.component.mws.xml.SecureStax;
import org.apache.camel.component.mws.xml.StaxModelBinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Node;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.apache.camel.component.mws.model.Resources.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The parser reads the models with {@link StaxModelBinder}, not with the JAXB runtime. This test holds the binder to
 * the JAXB runtime: every sample document, read both ways from the same annotations, gives equal object graphs.
 */
class BinderMatchesJaxbTest {

    private static JAXBContext jaxb;

    @BeforeAll
    static void context() throws Exception {
        jaxb = JAXBContext.newInstance(ResponseModels.allClasses());
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("Orders", "ListOrders", "orders/ListOrdersResponse.xml"),
                Arguments.of("Orders", "ListOrdersByNextToken", "orders/ListOrdersByNextTokenResponse.xml"),
                Arguments.of("Orders", "GetOrder", "orders/GetOrderResponse.xml"),
                Arguments.of("Orders", "ListOrderItems", "orders/ListOrderItemsResponse.xml"),
                Arguments.of("Orders", "GetServiceStatus", "common/GetServiceStatusResponse-Orders.xml"),
                Arguments.of("Reports", "RequestReport", "reports/RequestReportResponse.xml"),
                Arguments.of("Reports", "GetReportRequestList", "reports/GetReportRequestListResponse.xml"),
                Arguments.of("Reports", "GetReportRequestListByNextToken",
                        "reports/GetReportRequestListByNextTokenResponse.xml"),
                Arguments.of("Reports", "GetReportRequestCount", "reports/GetReportRequestCountResponse.xml"),
                Arguments.of("Reports", "CancelReportRequests", "reports/CancelReportRequestsResponse.xml"),
                Arguments.of("Reports", "GetReportList", "reports/GetReportListResponse.xml"),
                Arguments.of("Reports", "GetReportListByNextToken", "reports/GetReportListByNextTokenResponse.xml"),
                Arguments.of("Reports", "GetReportCount", "reports/GetReportCountResponse.xml"),
                Arguments.of("Reports", "ManageReportSchedule", "reports/ManageReportScheduleResponse.xml"),
                Arguments.of("Reports", "GetReportScheduleList", "reports/GetReportScheduleListResponse.xml"),
                Arguments.of("Reports", "GetReportScheduleCount", "reports/GetReportScheduleCountResponse.xml"),
                Arguments.of("Reports", "UpdateReportAcknowledgements",
                        "reports/UpdateReportAcknowledgementsResponse.xml"),
                Arguments.of("Feeds", "SubmitFeed", "feeds/SubmitFeedResponse.xml"),
                Arguments.of("Feeds", "GetFeedSubmissionList", "feeds/GetFeedSubmissionListResponse.xml"),
                Arguments.of("Feeds", "GetFeedSubmissionListByNextToken",
                        "feeds/GetFeedSubmissionListByNextTokenResponse.xml"),
                Arguments.of("Feeds", "GetFeedSubmissionCount", "feeds/GetFeedSubmissionCountResponse.xml"),
                Arguments.of("Feeds", "CancelFeedSubmissions", "feeds/CancelFeedSubmissionsResponse.xml"),
                Arguments.of("Sellers", "ListMarketplaceParticipations",
                        "sellers/ListMarketplaceParticipationsResponse.xml"),
                Arguments.of("Finances", "ListFinancialEvents", "finances/ListFinancialEventsResponse.xml"),
                Arguments.of("Finances", "ListFinancialEventsByNextToken",
                        "finances/ListFinancialEventsByNextTokenResponse.xml"),
                Arguments.of("Finances", "ListFinancialEventGroups", "finances/ListFinancialEventGroupsResponse.xml"),
                Arguments.of("FulfillmentInventory", "ListInventorySupply",
                        "inventory/ListInventorySupplyResponse.xml"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("documents")
    void sameObjectGraphAsJaxb(String section, String action, String resource) throws Exception {
        MwsXmlParser parser = new MwsXmlParser();
        Object bound = parser.parse(section, action, bytes(resource)).result();
        Object reference = jaxbResult(bytes(resource), action + "Result", parser.resultType(section, action));

        assertDeepEquals(reference, bound, action + "Result");
    }

    @Test
    void processingReportSameAsJaxb() throws Exception {
        AmazonEnvelope bound = new MwsXmlParser().unmarshal(AmazonEnvelope.class, stream("feeds/ProcessingReport.xml"));
        XMLStreamReader reader = new NamespaceNeutralReader(SecureStax.open(bytes("feeds/ProcessingReport.xml")));
        SecureStax.toRootElement(reader);
        AmazonEnvelope reference = jaxb.createUnmarshaller().unmarshal(reader, AmazonEnvelope.class).getValue();

        assertDeepEquals(reference, bound, "AmazonEnvelope");
    }

    @Test
    void everyModelledResultIsReadByTheBinder() {
        StaxModelBinder binder = new StaxModelBinder();
        for (Class<?> type : ResponseModels.allClasses()) {
            if (type != ErrorResponse.class) {
                assertTrue(binder.supports(type), type.getName());
            }
        }
    }

    private static Object jaxbResult(byte[] body, String resultName, Class<?> type) throws Exception {
        XMLStreamReader reader = new NamespaceNeutralReader(SecureStax.open(body));
        SecureStax.toRootElement(reader);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(resultName)) {
                Unmarshaller u = jaxb.createUnmarshaller();
                return u.unmarshal(reader, type).getValue();
            }
        }
        throw new AssertionError("no " + resultName);
    }

    static void assertDeepEquals(Object expected, Object actual, String path) throws IllegalAccessException {
        if (expected == null || actual == null) {
            if (isEmptyList(expected) && isEmptyList(actual)) {
                return;
            }
            assertEquals(expected, actual, path);
            return;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            assertEquals(e.size(), a.size(), path + ".size");
            for (int i = 0; i < e.size(); i++) {
                assertDeepEquals(e.get(i), a.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (expected instanceof Node e && actual instanceof Node a) {
            dropWhitespace(e);
            dropWhitespace(a);
            assertTrue(e.isEqualNode(a), () -> path + ": DOM differs: " + describe(e) + " <> " + describe(a));
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), path + ".class");
        Class<?> type = expected.getClass();
        if (type.getName().startsWith("java.") || expected instanceof BigDecimal) {
            assertEquals(expected, actual, path);
            return;
        }
        boolean compared = false;
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                assertDeepEquals(f.get(expected), f.get(actual), path + "." + f.getName());
                compared = true;
            }
        }
        if (!compared && !expected.equals(actual)) {
            fail(path + ": " + expected + " <> " + actual);
        }
    }

    private static void dropWhitespace(Node n) {
        n.normalize();
        for (Node c = n.getFirstChild(); c != null;) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.TEXT_NODE && c.getNodeValue().isBlank()) {
                n.removeChild(c);
            } else {
                dropWhitespace(c);
            }
            c = next;
        }
    }

    private static String describe(Node n) {
        StringBuilder sb = new StringBuilder();
        sb.append(n.getNodeType()).append(':').append(n.getNamespaceURI()).append(':').append(n.getNodeName());
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                sb.append(" @").append(n.getAttributes().item(i).getNodeName()).append('=')
                        .append(n.getAttributes().item(i).getNodeValue());
            }
        }
        if (n.getNodeType() == Node.TEXT_NODE) {
            sb.append('"').append(n.getNodeValue().replace("\n", "\\n")).append('"');
        }
        sb.append('[');
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            sb.append(describe(c)).append(',');
        }
        return sb.append(']').toString();
    }

    private static boolean isEmptyList(Object o) {
        return o == null || o instanceof List<?> l && l.isEmpty();
    }

    @Test
    void comparisonDetectsADifference() throws Exception {
        MwsXmlParser parser = new MwsXmlParser();
        Object a = parser.parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
        Object b = parser.parse("Orders", "ListOrders", bytes("orders/ListOrdersResponse.xml")).result();
        ((org.apache.camel.component.mws.model.orders.ListOrdersResult) b).getOrders().get(2)
                .getOrderTotal().setAmount(new BigDecimal("19.98"));
        try {
            assertDeepEquals(a, b, "ListOrdersResult");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("orders[2].orderTotal.amount"), expected.getMessage());
            return;
        }
        fail("the comparison missed a changed amount");
    }
}
