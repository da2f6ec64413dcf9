package org.apache.camel.component.mws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text side of reports: transcoding to UTF-8 whatever the chunking, and flat-file rows.
 */
class ReportTextTest {

    private static final String JAPANESE = "item-name\tprice\n日本語の商品名 ｶﾀｶﾅ 〒100-0001 東京都千代田区\t1980\n"
                                           + "ソニー ワイヤレスイヤホン ①②\t12800\n";

    @TempDir
    Path dir;

    private static byte[] transcode(byte[] source, Charset charset, int maxChunk, long seed) throws IOException {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        SplittableRandom random = new SplittableRandom(seed);
        try (Utf8TranscodingOutputStream out = new Utf8TranscodingOutputStream(utf8, charset)) {
            int i = 0;
            while (i < source.length) {
                int n = Math.min(source.length - i, 1 + random.nextInt(maxChunk));
                out.write(source, i, n);
                i += n;
            }
        }
        return utf8.toByteArray();
    }

    @Test
    void doubleByteCharactersSplitAcrossWritesAreKeptWhole() throws IOException {
        Charset windows31j = Charset.forName("windows-31j");
        byte[] source = JAPANESE.repeat(50).getBytes(windows31j);
        byte[] expected = JAPANESE.repeat(50).getBytes(StandardCharsets.UTF_8);
        for (int maxChunk : new int[] { 1, 2, 3, 7, 64, 100_000 }) {
            assertArrayEquals(expected, transcode(source, windows31j, maxChunk, maxChunk), "chunks up to " + maxChunk);
        }
    }

    @Test
    void windows1252TextAndItsSpecialCharacters() throws IOException {
        String text = "sku\ttitle\nA-1\tCafé „Müller“ – 5 € ™ œ\n";
        Charset windows1252 = Charset.forName("windows-1252");
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
                transcode(text.getBytes(windows1252), windows1252, 3, 1));
    }

    @Test
    void everyByteOfASingleByteCharsetIsTranscodedAsItsDecoderReadsIt() throws IOException {
        byte[] all = new byte[256 * 3];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        for (String name : new String[] { "windows-1252", "ISO-8859-1", "ISO-8859-15", "windows-1250" }) {
            Charset charset = Charset.forName(name);
            assertArrayEquals(new String(all, charset).getBytes(StandardCharsets.UTF_8),
                    transcode(all, charset, 5, 3), name);
        }
        assertEquals("\uFFFD", new String(transcode(new byte[] { (byte) 0x81 }, Charset.forName("windows-1252"), 1,
                1), StandardCharsets.UTF_8), "a byte windows-1252 leaves undefined");
    }

    @Test
    void anIncompleteCharacterAtTheEndBecomesAReplacementCharacter() throws IOException {
        Charset windows31j = Charset.forName("windows-31j");
        byte[] cut = "日本".getBytes(windows31j);
        byte[] source = java.util.Arrays.copyOf(cut, cut.length - 1);
        assertEquals("日\uFFFD", new String(transcode(source, windows31j, 1, 1), StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreKeyedByTheHeaderLine() throws IOException {
        try (ReportRows rows = ReportRows.of(new StringReader("\uFEFFa\tb\tc\r\n1\t2\t3\r\n\r\n4\t5\n6\t7\t8\t9\n"))) {
            assertEquals(List.of("a", "b", "c"), rows.columns());
            assertEquals(Map.of("a", "1", "b", "2", "c", "3"), rows.next());
            assertEquals(Map.of("a", "4", "b", "5", "c", ""), rows.next(), "a short row gets empty values");
            assertEquals(Map.of("a", "6", "b", "7", "c", "8", "4", "9"), rows.next(), "extra fields are kept");
            assertFalse(rows.hasNext());
            assertEquals(3, rows.rowNumber());
        }
    }

    @Test
    void repeatedColumnNamesKeepTheirValuesApart() throws IOException {
        try (ReportRows rows = ReportRows.of(new StringReader("sku\tprice\tsku\nA\t1\tB\n"))) {
            assertEquals(List.of("sku", "price", "sku.3"), rows.columns());
            assertEquals("B", rows.next().get("sku.3"));
        }
    }

    @Test
    void anXmlReportIsNoFlatFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportRows.of(new StringReader("<?xml version=\"1.0\"?><AmazonEnvelope/>")));
        assertTrue(e.getMessage().contains("XML"), e.getMessage());
    }

    @Test
    void rowsOfASpooledFileDeleteItWhenReadToTheEnd() throws IOException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, JAPANESE, Charset.forName("windows-31j"));
        ReportRows rows = ReportRows.of(file, Charset.forName("windows-31j"), true);
        assertEquals("日本語の商品名 ｶﾀｶﾅ 〒100-0001 東京都千代田区", rows.next().get("item-name"));
        assertEquals("12800", rows.next().get("price"));
        assertTrue(Files.exists(file));
        assertFalse(rows.hasNext());
        assertFalse(Files.exists(file), "read to the end: deleted");
    }

    @Test
    void anEmptyReportHasNoRows() throws IOException {
        try (ReportRows rows = ReportRows.of(new StringReader(""))) {
            assertTrue(rows.columns().isEmpty());
            assertFalse(rows.hasNext());
        }
    }
}
