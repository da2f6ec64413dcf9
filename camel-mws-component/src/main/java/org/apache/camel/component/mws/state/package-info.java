/**
 * Camel {@link org.apache.camel.spi.StateRepository state repositories} for the checkpoints of mws consumers:
 * {@link org.apache.camel.component.mws.state.JdbcStateRepository} keeps them in a database table.
 */
package org.apache.camel.component.mws.state;
