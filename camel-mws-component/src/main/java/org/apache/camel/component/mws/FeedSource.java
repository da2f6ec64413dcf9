package org.apache.camel.component.mws;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.component.mws.transport.FeedBody;

/**
 * Prepares the body of a SubmitFeed: a File or Path is sent as it is; anything else (String, byte[], InputStream,
 * ...) is first spooled to a file, so that its MD5 can be computed before sending and the request can be sent again
 * after a throttled answer without holding the feed in memory; a spooled feed's MD5 is computed while it is written.
 * A String is written in the charset of the feed's
 * Content-Type; bytes, streams and files are sent as they are.
 */
final class FeedSource {

    /** The MarketplaceId of Japan, whose flat-file feeds are Shift_JIS. */
    private static final String JAPAN = "A1VC38T7YXB528";
    private static final long GIB = 1024L * 1024 * 1024;
    /** MWS takes feeds under 2 GiB. */
    static final long MAX_FEED_BYTES = 2 * GIB - 1;

    private FeedSource() {
    }

    /**
     * @param body    the feed on disk with its Content-Type
     * @param spooled whether the file is a temporary copy to delete after the exchange
     * @param md5     the Base64 MD5 of the file when it was computed while spooling it, else null
     */
    record Prepared(FeedBody body, boolean spooled, String md5) {
    }

    static Prepared prepare(Exchange exchange, MwsConfiguration config, List<String> marketplaceIds)
            throws IOException, InvalidPayloadException {
        return prepare(exchange, config, marketplaceIds, MAX_FEED_BYTES);
    }

    /**
     * @param maxFeedBytes the largest feed accepted: {@link #MAX_FEED_BYTES}, smaller in tests
     */
    static Prepared prepare(Exchange exchange, MwsConfiguration config, List<String> marketplaceIds, long maxFeedBytes)
            throws IOException, InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("SubmitFeed needs the feed as the message body (String, byte[], File,"
                                               + " Path or InputStream)");
        }
        if (body instanceof String text) {
            return prepareText(text, config, marketplaceIds, maxFeedBytes);
        }
        Path file = null;
        boolean spooled = false;
        if (body instanceof Path p) {
            file = p;
        } else if (body instanceof File f) {
            file = f.toPath();
        } else if (!(body instanceof byte[] || body instanceof InputStream)) {
            // e.g. a GenericFile from camel-file
            File f = exchange.getMessage().getBody(File.class);
            file = f != null ? f.toPath() : null;
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The feed file " + file + " does not exist or is not a regular file");
        }
        String md5 = null;
        if (file == null) {
            InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class);
            file = Files.createTempFile(spoolDirectory(config), "mws-feed-", ".tmp");
            spooled = true;
            try (InputStream source = in) {
                md5 = spool(source, file, maxFeedBytes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        checkSize(file, spooled, maxFeedBytes);
        String contentType = contentType(config, startsWithXml(file), marketplaceIds);
        return new Prepared(new FeedBody(file, contentType), spooled, md5);
    }

    /**
     * Writes a stream to the spool file in large blocks while another thread computes its MD5 (see
     * {@link OverlappedMd5}), so that hashing a big feed adds little to copying it. Stops reading as soon as the
     * stream has given one byte more than MWS takes, rather than spooling all of a feed it would refuse.
     *
     * @return                          the Base64 MD5 of the bytes written
     * @throws IllegalArgumentException when the stream holds more than maxFeedBytes (the caller deletes the file)
     */
    private static String spool(InputStream in, Path file, long maxFeedBytes) throws IOException {
        try (OverlappedMd5 md5 = new OverlappedMd5(file.getFileName().toString());
             OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (true) {
                if (written > maxFeedBytes) {
                    throw tooBig("at least " + written, maxFeedBytes);
                }
                byte[] buffer = md5.buffer();
                int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, maxFeedBytes + 1 - written));
                if (n == 0) {
                    return md5.finish();
                }
                out.write(buffer, 0, n);
                md5.hash(buffer, n);
                written += n;
            }
        }
    }

    /**
     * A feed given as text is written in the charset its Content-Type declares (UTF-8 for XML; for flat files
     * windows-1252, which MWS read for iso-8859-1, or windows-31j for Shift_JIS), refusing characters that charset
     * cannot carry rather than sending question marks.
     */
    private static Prepared prepareText(String text, MwsConfiguration config, List<String> marketplaceIds,
                                        long maxFeedBytes)
            throws IOException {
        boolean xml = startsWithXml(text);
        String contentType = contentType(config, xml, marketplaceIds);
        Charset charset = xml ? xmlEncoding(text) : writingCharset(contentType);
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Path file = Files.createTempFile(spoolDirectory(config), "mws-feed-", ".tmp");
        MessageDigest digest = ContentMd5.newDigest();
        try (Writer out = new OutputStreamWriter(new DigestOutputStream(Files.newOutputStream(file), digest),
                encoder)) {
            out.write(text);
        } catch (CharacterCodingException e) {
            Files.deleteIfExists(file);
            throw new IllegalArgumentException("The feed text cannot be written in " + charset.name() + ", the charset"
                                               + " of its " + (xml ? "XML declaration" : "Content-Type ("
                                                       + contentType + ")")
                                               + ": " + unencodable(text, charset) + ". Set feedContentType with a"
                                               + " charset that can carry it, or send the feed as bytes or a file",
                    e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        checkSize(file, true, maxFeedBytes);
        return new Prepared(new FeedBody(file, contentType), true, ContentMd5.toBase64(digest));
    }

    /** Refuses a feed MWS would refuse for its size, before its MD5 is computed or a byte of it is sent. */
    private static void checkSize(Path file, boolean spooled, long maxFeedBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxFeedBytes) {
            if (spooled) {
                Files.deleteIfExists(file);
            }
            throw tooBig(Long.toString(size), maxFeedBytes);
        }
    }

    /** The error for a feed MWS would refuse for its size. */
    private static IllegalArgumentException tooBig(String size, long maxFeedBytes) {
        long limit = maxFeedBytes + 1;
        String under = limit % GIB == 0 ? limit / GIB + " GiB (" + limit + " bytes)" : limit + " bytes";
        return new IllegalArgumentException("The feed is " + size + " bytes; MWS takes feeds under " + under
                                            + ": split it into several feeds");
    }

    private static final Pattern XML_ENCODING = Pattern.compile("^\\uFEFF?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /** The encoding an XML feed declares (UTF-8 when it declares none). */
    private static Charset xmlEncoding(String text) {
        Matcher m = XML_ENCODING.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        return m.find() ? ReportCharsets.named(m.group(1)) : StandardCharsets.UTF_8;
    }

    /** Names the first character the charset cannot carry, and where it is. */
    private static String unencodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        int line = 1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
            }
            if (!encoder.canEncode(new String(Character.toChars(c)))) {
                return String.format("the character '%s' (U+%04X) on line %d cannot be carried",
                        new String(Character.toChars(c)), c, line);
            }
        }
        return "it holds text the charset cannot carry";
    }

    /** The charset a feed's text is written in, from its Content-Type. */
    static Charset writingCharset(String contentType) {
        Charset declared = null;
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                declared = ReportCharsets.named(p.substring(8).trim().replace("\"", ""));
            }
        }
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        // MWS read iso-8859-1 as windows-1252 and Shift_JIS as windows-31j: their supersets carry more characters
        if (StandardCharsets.ISO_8859_1.equals(declared)) {
            return ReportCharsets.WINDOWS_1252;
        }
        if ("Shift_JIS".equals(declared.name())) {
            return ReportCharsets.WINDOWS_31J;
        }
        return declared;
    }

    static Path spoolDirectory(MwsConfiguration config) throws IOException {
        Path dir = config.getSpoolDirectory() != null && !config.getSpoolDirectory().isBlank()
                ? Path.of(config.getSpoolDirectory()) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(dir);
        return dir;
    }

    private static String contentType(MwsConfiguration config, boolean xml, List<String> marketplaceIds) {
        if (config.getFeedContentType() != null && !config.getFeedContentType().isBlank()) {
            return config.getFeedContentType();
        }
        if (xml) {
            return "text/xml";
        }
        return "text/tab-separated-values; charset=" + (marketplaceIds.contains(JAPAN) ? "Shift_JIS" : "iso-8859-1");
    }

    private static boolean startsWithXml(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '<';
    }

    private static boolean startsWithXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        }
    }
}
