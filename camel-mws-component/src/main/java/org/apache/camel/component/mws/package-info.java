/** The Camel component for Amazon Marketplace Web Service. */
package org.apache.camel.component.mws;
