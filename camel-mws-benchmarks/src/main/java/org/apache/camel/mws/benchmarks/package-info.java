/** JMH benchmarks and scenario runners. */
package org.apache.camel.mws.benchmarks;
