/** The published MWS tables: sections (paths, versions, namespaces), operations (throttling, paging), marketplaces. */
package org.apache.camel.mws.simulator.catalog;
