/** Example routes moving MWS orders, reports and feeds. */
package org.apache.camel.mws.examples;
