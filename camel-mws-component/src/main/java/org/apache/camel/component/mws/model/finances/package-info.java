/**
 * Finances API (2015-05-01): financial events and financial event groups.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model.finances;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
