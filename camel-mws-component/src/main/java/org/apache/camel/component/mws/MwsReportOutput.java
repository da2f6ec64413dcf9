package org.apache.camel.component.mws;

/**
 * How a downloaded report or feed processing result is handed to the route.
 */
public enum MwsReportOutput {
    /** An InputStream over the spooled file, which is deleted when the stream is closed. */
    stream,
    /** The spooled java.io.File itself; the route owns it and deletes it when done. */
    file,
    /**
     * A {@link ReportRows} iterator over a tab-separated flat-file report, one Map per row keyed by the header line,
     * for split(body()).streaming(); the spooled file is deleted when the rows are read or closed.
     */
    rows
}
