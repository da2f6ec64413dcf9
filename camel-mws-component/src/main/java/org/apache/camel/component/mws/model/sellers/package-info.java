/**
 * Sellers API (2011-07-01): ListMarketplaceParticipations.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model.sellers;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
