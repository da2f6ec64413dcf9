package org.apache.camel.component.mws;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mws.catalog.MarketplaceSelection;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.transport.MwsClient;

/**
 * Downloads one report into an exchange as the endpoint's options say, for the consumers: GetReport streamed to the
 * spool directory, verified against its Content-MD5 (fetched again when corrupted), decoded when asked, and handed
 * over as a stream, a file or rows, with the same headers as the producer's GetReport.
 */
public final class ReportFetcher {

    private final MwsEndpoint endpoint;

    /**
     * @param endpoint a started Reports endpoint
     */
    public ReportFetcher(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * @param  exchange     receives the report as its body
     * @param  reportId     the report
     * @param  sellerId     the seller it belongs to
     * @param  mwsAuthToken the seller's authorization, or null for the endpoint's
     * @param  marketplaces the marketplaces the report belongs to, which choose its charset when its Content-Type
     *                      names none (see {@link ReportCharsets})
     * @throws MwsException when the report cannot be downloaded intact
     * @throws IOException  when the spool directory cannot be written
     */
    public void fetch(Exchange exchange, String reportId, String sellerId, String mwsAuthToken,
                      MarketplaceSelection marketplaces)
            throws IOException {
        MwsConfiguration config = endpoint.getConfiguration();
        MwsClient client = endpoint.getClient();
        Section section = endpoint.getMwsSection();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ReportId", reportId);
        if (sellerId != null) {
            parameters.put("SellerId", sellerId);
        }
        if (mwsAuthToken != null) {
            parameters.put("MWSAuthToken", mwsAuthToken);
        }
        ReportDownloader downloader = new ReportDownloader(client, FeedSource.spoolDirectory(config),
                config.getMaxDownloadRetries(),
                head -> ReportCharsets.of(config.getReportCharset(), head, marketplaces),
                config.isDecodeReport());
        RawBodySpooler.Spooled spooled = downloader.download(
                client.newCall(section, section.action("GetReport"), parameters, null));
        ReportDelivery.deliver(exchange, spooled, config.getReportOutput());
        Message out = exchange.getMessage();
        out.setHeader(MwsConstants.REPORT_ID, reportId);
        if (spooled.head().requestId() != null) {
            out.setHeader(MwsConstants.REQUEST_ID, spooled.head().requestId());
        }
        out.setHeader(MwsConstants.TIMESTAMP, spooled.head().timestamp());
    }
}
