/**
 * Types shared by several MWS sections: money amounts and the GetServiceStatus result every section offers.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model.common;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
