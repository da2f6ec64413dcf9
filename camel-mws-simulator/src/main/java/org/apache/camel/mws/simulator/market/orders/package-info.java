/** The Orders section: ListOrders rules, snapshot paging, GetOrder and order items. */
package org.apache.camel.mws.simulator.market.orders;
