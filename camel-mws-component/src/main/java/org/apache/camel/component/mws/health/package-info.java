/**
 * Health checks of the mws component: the producer check built on GetServiceStatus (cached within that operation's
 * quota), and the consumer check that reports a polling consumer DOWN after repeated failed polls, with the MWS
 * error code and RequestId of the last failure.
 */
package org.apache.camel.component.mws.health;
