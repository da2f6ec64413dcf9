package org.apache.camel.mws.simulator.market;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.apache.camel.mws.simulator.spi.ActionHandler;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimRequest;
import org.apache.camel.mws.simulator.spi.SimResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A marketplace under test: handlers called directly through SimRequest, answers parsed with DOM. */
final class Market implements AutoCloseable {

    static final String US = "ATVPDKIKX0DER";
    static final String CA = "A2EUQ1WTGCTBG2";
    static final String DE = "A1PA6795UKMFR9";
    static final String FR = "A13V1IB3VIYZZH";
    static final String JP = "A1VC38T7YXB528";
    static final String SELLER_US = "A1US0SELLER0001";
    static final String SELLER_DE = "A2DE0SELLER0002";
    static final String SELLER_JP = "A3JP0SELLER0003";
    static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

    static final List<SellerAccount> SELLERS = List.of(new SellerAccount(SELLER_US, List.of(US, CA)),
            new SellerAccount(SELLER_DE, List.of(DE, FR)), new SellerAccount(SELLER_JP, List.of(JP)));

    final ManualClock clock;
    final MarketSimulation sim;
    final Map<String, ActionHandler> handlers = new HashMap<>();

    Market(MarketSettings settings, double timeScale) {
        this(settings, timeScale, SELLERS);
    }

    Market(MarketSettings settings, double timeScale, List<SellerAccount> sellers) {
        clock = new ManualClock(START, timeScale);
        sim = new MarketSimulation(settings.withEpoch(START), clock, sellers);
        sim.registerHandlers((section, action, handler) -> {
            if (handlers.put(section + "/" + action, handler) != null) {
                throw new IllegalStateException("registered twice: " + section + "/" + action);
            }
        });
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    SimResponse call(String seller, String sectionAction, Map<String, String> params) {
        return call(seller, sectionAction, params, null, null);
    }

    SimResponse call(String seller, String sectionAction, Map<String, String> params, Path body, String type) {
        ActionHandler h = handlers.get(sectionAction);
        if (h == null) {
            throw new AssertionError("no handler for " + sectionAction);
        }
        String[] sa = sectionAction.split("/");
        return h.handle(new SimRequest(sa[0], sa[1], seller, "AKIAEXAMPLEEXAMPLE00", params, body, type,
                clock.now()));
    }

    /** The result element (wrapped as the protocol layer would) of a successful call. */
    Element xml(String seller, String sectionAction, String... kv) {
        return xml(seller, sectionAction, params(kv));
    }

    Element xml(String seller, String sectionAction, Map<String, String> params) {
        SimResponse r = call(seller, sectionAction, params);
        if (!(r instanceof SimResponse.XmlResult x)) {
            throw new AssertionError("expected an XML result, got " + r);
        }
        return parse("<Result>" + x.resultInnerXml() + "</Result>");
    }

    SimException error(String seller, String sectionAction, String... kv) {
        return error(seller, sectionAction, params(kv));
    }

    SimException error(String seller, String sectionAction, Map<String, String> params) {
        return assertThrows(SimException.class, () -> call(seller, sectionAction, params));
    }

    static void assertError(SimException e, int status, String code) {
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(status, e.status(), e.getMessage());
    }

    static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            return d.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static byte[] body(SimResponse.RawBody raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            raw.body().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Direct children named so. */
    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    static Element child(Element e, String name) {
        List<Element> c = children(e, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Text of the first descendant-or-child path a/b/c, or null. */
    static String text(Element e, String path) {
        Element cur = e;
        for (String p : path.split("/")) {
            cur = child(cur, p);
            if (cur == null) {
                return null;
            }
        }
        return cur.getTextContent();
    }

    static List<Element> all(Element e, String tag) {
        NodeList nl = e.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    @Override
    public void close() {
        sim.close();
    }
}
