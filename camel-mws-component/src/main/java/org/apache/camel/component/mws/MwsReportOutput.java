package org.apache.camel.component.mws;

/**
 * How a downloaded report or feed processing result is handed to the route.
 */
public enum MwsReportOutput {
    /** An InputStream over the spooled file, which is deleted when the stream is closed. */
    stream,
    /** The spooled java.io.File itself; the route owns it and deletes it when done. */
    file
}
