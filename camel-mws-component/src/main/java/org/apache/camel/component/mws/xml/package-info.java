/**
 * XXE-safe, namespace-tolerant XML reading for MWS responses: the StAX factory, the reader that folds the
 * namespaces of the MWS sections into one, date-time parsing and the diagnostics used in error messages.
 */
package org.apache.camel.component.mws.xml;
