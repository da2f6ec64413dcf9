package org.apache.camel.component.mws.xml;

import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.stax.WstxInputFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The component's StAX factory: Woodstox, XXE-safe, whatever the class path offers. */
class SecureStaxTest {

    @Test
    void theFactoryIsWoodstoxWithDtdsAndExternalEntitiesOff() {
        XMLInputFactory factory = SecureStax.newSecureFactory();
        assertInstanceOf(WstxInputFactory.class, factory);
        assertEquals(Boolean.FALSE, factory.getProperty(XMLInputFactory.SUPPORT_DTD));
        assertEquals(Boolean.FALSE, factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
    }

    @Test
    void aDoctypeIsRefusedBeforeTheRootElement() throws XMLStreamException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        XMLStreamReader reader = SecureStax.open(xxe.getBytes(StandardCharsets.UTF_8));
        assertThrows(DoctypeRefusedException.class, () -> SecureStax.toRootElement(reader));
    }

    @Test
    void aDocumentWithoutRootElementIsReported() throws XMLStreamException {
        XMLStreamReader reader = SecureStax.open("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> SecureStax.toRootElement(reader));
        assertFalse(e.getMessage().isBlank());
    }
}
