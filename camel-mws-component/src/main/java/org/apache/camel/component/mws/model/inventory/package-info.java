/**
 * FulfillmentInventory API (2010-10-01): ListInventorySupply.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model.inventory;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
