package org.apache.camel.mws.examples.feeds;

/** An inventory update on the queue that cannot become a feed; it is rejected, not retried. */
public class InvalidInventoryUpdateException extends Exception {

    public InvalidInventoryUpdateException(String message) {
        super(message);
    }
}
