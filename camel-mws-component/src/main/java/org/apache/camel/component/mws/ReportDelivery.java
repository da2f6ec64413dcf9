package org.apache.camel.component.mws;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Hands a spooled download to the route as the {@code reportOutput} option says (a stream, the file, or rows), with
 * the headers that describe it. The exchange's charset property is set to the charset of the body, so that Camel's
 * own conversions (to a String, for instance) decode it correctly.
 */
final class ReportDelivery {

    private ReportDelivery() {
    }

    /**
     * @param exchange the exchange to fill
     * @param spooled  a verified download
     * @param output   how to hand it over
     */
    static void deliver(Exchange exchange, RawBodySpooler.Spooled spooled, MwsReportOutput output)
            throws IOException {
        Message out = exchange.getMessage();
        Path file = spooled.file();
        Charset charset = spooled.fileCharset();
        try {
            setBody(exchange, file, charset, output);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        exchange.setProperty(Exchange.CHARSET_NAME, charset.name());
        out.setHeader(MwsConstants.REPORT_CHARSET, spooled.charset().name());
        String contentType = spooled.head().contentType();
        if (spooled.decoded()) {
            contentType = withUtf8(contentType);
        }
        if (contentType == null) {
            out.removeHeader(Exchange.CONTENT_TYPE);
        } else {
            out.setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        out.setHeader(MwsConstants.CONTENT_MD5, spooled.md5());
    }

    /**
     * Hands over an empty body of the kind the option promises (a report request that ended with no data).
     */
    static void deliverEmpty(Exchange exchange, Path spoolDirectory, MwsReportOutput output) throws IOException {
        Message out = exchange.getMessage();
        switch (output) {
            case file -> out.setBody(Files.createTempFile(spoolDirectory, "mws-download-", ".tmp").toFile());
            case rows -> out.setBody(ReportRows.of(java.io.Reader.nullReader()));
            default -> out.setBody(InputStream.nullInputStream());
        }
        out.removeHeader(Exchange.CONTENT_TYPE);
        out.removeHeader(MwsConstants.CONTENT_MD5);
        out.removeHeader(MwsConstants.REPORT_CHARSET);
    }

    private static void setBody(Exchange exchange, Path file, Charset charset, MwsReportOutput output)
            throws IOException {
        Message out = exchange.getMessage();
        switch (output) {
            case file -> out.setBody(file.toFile());
            case rows -> {
                out.setBody(ReportRows.of(file, charset, true));
                deleteOnCompletion(exchange, file);
            }
            default -> {
                out.setBody(new RawBodySpooler.DeletingInputStream(file));
                deleteOnCompletion(exchange, file);
            }
        }
    }

    /** The Content-Type with its charset parameter replaced by UTF-8 (text/plain when there was none). */
    static String withUtf8(String contentType) {
        String base = contentType == null || contentType.isBlank() ? "text/plain" : contentType.split(";")[0].trim();
        return base + ";charset=" + StandardCharsets.UTF_8.name();
    }

    /** Deletes a spooled file when the exchange is done, should the route not have closed its stream. */
    static void deleteOnCompletion(Exchange exchange, Path file) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange exchange) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a leftover temporary file; the spool directory is temporary storage
                }
            }
        });
    }
}
