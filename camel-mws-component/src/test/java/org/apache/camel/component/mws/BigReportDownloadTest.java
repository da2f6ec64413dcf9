package org.apache.camel.component.mws;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.support.SimulatorTestSupport;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports big enough (several MiB) that the download hashes on a thread of its own while it writes: verified,
 * corrupted and fetched again, transcoded.
 */
class BigReportDownloadTest extends SimulatorTestSupport {

    private static final long MIN_BYTES = 6L * 1024 * 1024;

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().httpsPort(-1).sellers(3).seed(3)
            .ordersPerSeller(50).timeScale(600).serverThrottling(false)
            .marketSettings(s -> s.withReportMinBytes(MIN_BYTES)).build();

    @TempDir
    Path spool;

    @Override
    protected MwsSimulator simulator() {
        return SIM.simulator();
    }

    @BeforeEach
    void resetSimulator() {
        simulator().reset();
    }

    private static String md5(InputStream in) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        try (InputStream d = new DigestInputStream(in, md)) {
            d.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Base64.getEncoder().encodeToString(md.digest());
    }

    @Test
    void aBigReportIsVerifiedAndFetchedAgainWhenCorrupted() throws Exception {
        SellerAccount us = sellerIn(US);
        String reportId = requestReport(us, "_GET_MERCHANT_LISTINGS_DATA_");
        byte[] expected = reportBytes(us, reportId);
        assertTrue(expected.length >= MIN_BYTES);
        simulator().faults().on("Reports", "GetReport").next(Fault.CORRUPT_CONTENT_MD5);

        Exchange ex = send(uri(us, "Reports/GetReport", "parameters.ReportId=" + reportId, "reportOutput=file",
                "spoolDirectory=" + spool), null, null);
        assertNull(ex.getException());
        Path file = ex.getMessage().getBody(File.class).toPath();
        assertEquals(expected.length, Files.size(file));
        assertEquals(md5(new java.io.ByteArrayInputStream(expected)), md5(Files.newInputStream(file)));
        assertEquals(ex.getMessage().getHeader(MwsConstants.CONTENT_MD5), md5(Files.newInputStream(file)));
        assertEquals(2, requests("Reports", "GetReport").size());
        assertEquals(1, filesIn(spool));
    }

    @Test
    void aBigJapaneseReportDecodedToUtf8() throws Exception {
        SellerAccount jp = sellerIn(JP);
        String reportId = requestReport(jp, "_GET_MERCHANT_LISTINGS_DATA_", "marketplace=JP");
        byte[] expected = reportBytes(jp, reportId);

        Exchange ex = send(uri(jp, "Reports/GetReport", "parameters.ReportId=" + reportId, "marketplace=JP",
                "decodeReport=true", "spoolDirectory=" + spool), null, null);
        assertNull(ex.getException());
        try (InputStream in = ex.getMessage().getBody(InputStream.class)) {
            assertArrayEquals(new String(expected, Charset.forName("windows-31j")).getBytes(StandardCharsets.UTF_8),
                    in.readAllBytes());
        }
    }
}
