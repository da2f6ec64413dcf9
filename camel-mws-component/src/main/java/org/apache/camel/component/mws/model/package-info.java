/**
 * Typed MWS responses: {@link org.apache.camel.component.mws.model.MwsXmlParser} turns a response body into the
 * {@code ...Result} of its operation (subpackages per API section) or an
 * {@link org.apache.camel.component.mws.model.ErrorResponse}. Every listing result is a
 * {@link org.apache.camel.component.mws.model.PagedResult}.
 * <p>
 * The classes are JAXB-annotated and bound without namespace, so the same class reads a result whatever namespace
 * its section used. The parser reads them with {@link org.apache.camel.component.mws.xml.StaxModelBinder}, which
 * follows the same annotations at a fraction of the JAXB runtime's cost; the JAXB runtime reads ErrorResponse and
 * anything outside the binder's subset.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = InstantAdapter.class, type = Instant.class)
package org.apache.camel.component.mws.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.apache.camel.component.mws.xml.InstantAdapter;
