/** Developer accounts, sellers and the MWSAuthTokens that authorize a developer to act for a seller. */
package org.apache.camel.mws.simulator.account;
