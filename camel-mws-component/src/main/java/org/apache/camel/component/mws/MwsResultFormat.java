package org.apache.camel.component.mws;

/**
 * What a producer returns for an XML answer.
 */
public enum MwsResultFormat {
    /** The JAXB object of the operation's Result where the component models it, else the XML as a String. */
    object,
    /** The response XML as a String. */
    xml
}
