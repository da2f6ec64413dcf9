/**
 * Orders API (2013-09-01): ListOrders, ListOrdersByNextToken, GetOrder, ListOrderItems, ListOrderItemsByNextToken.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model.orders;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
