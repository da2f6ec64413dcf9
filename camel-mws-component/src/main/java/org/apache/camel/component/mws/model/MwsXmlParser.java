package org.apache.camel.component.mws.model;

import java.io.InputStream;

/**
 * Parses MWS response documents into the JAXB models of this package. Thread-safe; one per component.
 */
public final class MwsXmlParser {

    public MwsXmlParser() {
    }

    public boolean hasModel(String section, String action) {
        return false;
    }

    public ParsedResponse parse(String section, String action, byte[] xml) {
        throw new MwsXmlException("not implemented yet");
    }

    public ErrorResponse parseError(byte[] xml) {
        return null;
    }

    public <T> T unmarshal(Class<T> type, InputStream in) {
        throw new MwsXmlException("not implemented yet");
    }
}
