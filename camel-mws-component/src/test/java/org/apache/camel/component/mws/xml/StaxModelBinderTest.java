package org.apache.camel.component.mws.xml;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;

import org.apache.camel.component.mws.model.ErrorResponse;
import org.apache.camel.component.mws.model.common.Money;
import org.apache.camel.component.mws.model.orders.Order;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaxModelBinderTest {

    private final StaxModelBinder binder = new StaxModelBinder();

    @XmlAccessorType(XmlAccessType.FIELD)
    static class Base {
        @XmlElement(name = "Token")
        String token;
    }

    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class TransientBase {
        @XmlElement(name = "Token")
        String token;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class Sample extends TransientBase {
        @XmlElement(name = "Name")
        String name;
        @XmlElement(name = "Count")
        Long count;
        @XmlElement(name = "Flag")
        boolean flag;
        @XmlElement(name = "Price")
        Money price;
        @XmlElementWrapper(name = "Tags")
        @XmlElement(name = "Tag")
        List<String> tags;
        @XmlElement(name = "Note")
        List<String> notes = new ArrayList<>();
        String defaultNamed;
        transient String ignored;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class WithAttribute {
        @XmlAttribute
        String id;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class NotTransientSuper extends Base {
        @XmlElement(name = "X")
        String x;
    }

    private <T> T read(String xml, Class<T> type) throws Exception {
        XMLStreamReader reader = SecureStax.open(xml.getBytes(StandardCharsets.UTF_8));
        SecureStax.toRootElement(reader);
        T value = binder.read(reader, type);
        assertEquals(XMLStreamConstants.END_ELEMENT, reader.getEventType(), "left on the end tag");
        return value;
    }

    @Test
    void readsByNameInAnyOrderSkippingTheUnknown() throws Exception {
        Sample s = read("""
                <ns:S xmlns:ns="urn:any">
                  <ns:Unknown><ns:Name>not this one</ns:Name></ns:Unknown>
                  <ns:Tags><ns:Tag>a</ns:Tag><ns:Other>skip</ns:Other><ns:Tag>b</ns:Tag></ns:Tags>
                  <ns:Note>n1</ns:Note>
                  <ns:Count> 42 </ns:Count>
                  <ns:Price><ns:Amount>1.50</ns:Amount><ns:CurrencyCode>EUR</ns:CurrencyCode></ns:Price>
                  <ns:Name>caf&#233; &amp; <![CDATA[<bar>]]> &lt;ok&gt;</ns:Name>
                  <ns:Note>n2</ns:Note>
                  <ns:Token>t+/=</ns:Token>
                  <ns:Flag>1</ns:Flag>
                  <ns:defaultNamed>d</ns:defaultNamed>
                  <ns:ignored>no</ns:ignored>
                </ns:S>""", Sample.class);

        assertEquals("café & <bar> <ok>", s.name);
        assertEquals(42L, s.count);
        assertTrue(s.flag);
        assertEquals(new Money("EUR", new BigDecimal("1.5")), s.price);
        assertEquals(List.of("a", "b"), s.tags);
        assertEquals(List.of("n1", "n2"), s.notes);
        assertEquals("t+/=", s.token, "superclass field");
        assertEquals("d", s.defaultNamed, "field access: unannotated fields are elements named like the field");
        assertNull(s.ignored);
    }

    @Test
    void leafWithUnexpectedChildrenKeepsItsOwnText() throws Exception {
        Sample s = read("<S><Name>abc<b>bold</b>def</Name><Tags/></S>", Sample.class);
        assertEquals("abcdef", s.name);
        assertEquals(List.of(), s.tags, "an empty wrapper gives an empty list");
        Sample none = read("<S/>", Sample.class);
        assertNull(none.tags, "no wrapper, no list");
        assertNull(none.count);
        Sample empty = read("<S><Count/><Name/></S>", Sample.class);
        assertNull(empty.count, "an empty number is absent");
        assertEquals("", empty.name, "an empty string stays a string");
    }

    @Test
    void invalidValueNamesElementTypeAndLocation() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read("<S>\n  <Count>12x</Count></S>", Sample.class));
        assertTrue(e.getMessage().contains("<Count> (Long): not a number: '12x'"), e.getMessage());
        assertEquals(2, e.getLocation().getLineNumber());
    }

    @Test
    void supportsOnlyWhatItReadsLikeJaxb() {
        assertTrue(binder.supports(Sample.class));
        assertTrue(binder.supports(Order.class));
        assertFalse(binder.supports(WithAttribute.class), "attributes are not in the subset");
        assertFalse(binder.supports(NotTransientSuper.class), "a mapped superclass is not in the subset");
        assertFalse(binder.supports(ErrorResponse.class), "mixed content (Detail) is left to JAXB");
    }

    @Test
    void concurrentReadsAreIndependent() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 300; i++) {
                        Sample s = read("<S><Count>" + (id * 1000 + i) + "</Count><Tags><Tag>" + id + "</Tag></Tags></S>",
                                Sample.class);
                        assertEquals(id * 1000L + i, s.count);
                        assertEquals(List.of(String.valueOf(id)), s.tags);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }
}
