/**
 * Cluster mode: several JVMs serving the same sellers. {@link org.apache.camel.component.mws.cluster.HazelcastThrottleStore}
 * keeps every MWS throttling bucket in one Hazelcast map, so that nodes sending for a seller together stay inside
 * its quota; {@link org.apache.camel.component.mws.cluster.HazelcastMemberConfig} starts an embedded member that
 * finds the others by TCP/IP.
 */
package org.apache.camel.component.mws.cluster;
