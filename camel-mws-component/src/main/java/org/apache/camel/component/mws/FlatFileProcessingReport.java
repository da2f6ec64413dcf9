package org.apache.camel.component.mws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.component.mws.model.feeds.AdditionalInfo;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.model.feeds.ProcessingResult;
import org.apache.camel.component.mws.model.feeds.ProcessingSummary;

/**
 * Reads the text summary GetFeedSubmissionResult returns for a flat-file feed into the same {@link ProcessingReport}
 * as an XML feed's:
 *
 * <pre>
 * Feed Processing Summary:
 * 	Number of records processed		3
 * 	Number of records successful		2
 *
 * original-record-number	sku	error-code	error-type	error-message
 * 2	ABC-1	8560	Error	The SKU ABC-1 does not match any SKU in your inventory.
 * </pre>
 *
 * Each table row becomes a Result (MessageID = the record number, ResultCode = the error type, ResultMessageCode, the
 * description, and the SKU or order id as AdditionalInfo). MessagesWithError and MessagesWithWarning count the
 * records with an error or a warning when the summary does not state them.
 */
final class FlatFileProcessingReport {

    private FlatFileProcessingReport() {
    }

    /**
     * @param  text             the summary
     * @param  feedSubmissionId the feed it is about (the DocumentTransactionID)
     * @return                  the report
     */
    static ProcessingReport parse(Reader text, String feedSubmissionId) throws IOException {
        ProcessingReport report = new ProcessingReport();
        report.setDocumentTransactionID(feedSubmissionId);
        report.setStatusCode("Complete");
        ProcessingSummary summary = new ProcessingSummary();
        report.setProcessingSummary(summary);
        BufferedReader reader = new BufferedReader(text);
        List<String> columns = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (columns == null) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("original-record-number")) {
                    columns = List.of(line.split("\t", -1));
                } else if (lower.contains("number of records")) {
                    summaryLine(summary, lower, lastNumber(line));
                }
            } else {
                report.getResults().add(result(columns, line.split("\t", -1)));
            }
        }
        if (summary.getMessagesWithError() == null) {
            summary.setMessagesWithError(recordsWith(report, ProcessingReport.ERROR));
        }
        if (summary.getMessagesWithWarning() == null) {
            summary.setMessagesWithWarning(recordsWith(report, ProcessingReport.WARNING));
        }
        return report;
    }

    private static void summaryLine(ProcessingSummary summary, String lower, Integer n) {
        if (lower.contains("processed")) {
            summary.setMessagesProcessed(n);
        } else if (lower.contains("successful")) {
            summary.setMessagesSuccessful(n);
        } else if (lower.contains("error")) {
            summary.setMessagesWithError(n);
        } else if (lower.contains("warning")) {
            summary.setMessagesWithWarning(n);
        }
    }

    private static Integer lastNumber(String line) {
        String[] fields = line.trim().split("\t");
        try {
            return Integer.valueOf(fields[fields.length - 1].trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProcessingResult result(List<String> columns, String[] fields) {
        ProcessingResult r = new ProcessingResult();
        AdditionalInfo info = null;
        for (int i = 0; i < columns.size() && i < fields.length; i++) {
            String value = fields[i].trim();
            if (value.isEmpty()) {
                continue;
            }
            switch (columns.get(i).trim().toLowerCase(Locale.ROOT)) {
                case "original-record-number" -> r.setMessageID(longOrNull(value));
                case "error-code" -> r.setResultMessageCode(intOrNull(value));
                case "error-type" -> r.setResultCode(value);
                case "error-message" -> r.setResultDescription(value);
                case "sku" -> {
                    info = info != null ? info : new AdditionalInfo();
                    info.setSKU(value);
                }
                case "order-id" -> {
                    info = info != null ? info : new AdditionalInfo();
                    info.setAmazonOrderID(value);
                }
                default -> {
                    // another column: not part of the typed report
                }
            }
        }
        r.setAdditionalInfo(info);
        return r;
    }

    private static int recordsWith(ProcessingReport report, String code) {
        Set<Long> records = new HashSet<>();
        for (ProcessingResult r : report.getResults()) {
            if (code.equalsIgnoreCase(r.getResultCode())) {
                records.add(r.getMessageID());
            }
        }
        return records.size();
    }

    private static Long longOrNull(String v) {
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intOrNull(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
