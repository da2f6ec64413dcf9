package org.apache.camel.component.mws;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of a tab-separated flat-file report (orders, listings, inventory, settlement reports), read one at a time:
 * each row is a {@code Map} from the header line's column names to the row's values, in column order. Made for
 * {@code split(body()).streaming()}: only the current row is in memory, whatever the size of the report.
 * <p>
 * A row shorter than the header gets empty values for its missing columns; fields beyond the header are kept under
 * their 1-based column number ({@code "31"}), and a repeated column name gets its number appended
 * ({@code "sku.7"}), so nothing is lost. Empty lines are skipped. When the rows come from
 * a spooled report, the file is deleted once the last row was read or the rows are closed (the splitter closes
 * them).
 */
public final class ReportRows implements Iterator<Map<String, String>>, Closeable {

    private final BufferedReader reader;
    private final Path deleteOnClose;
    private final List<String> columns;
    private Map<String, String> next;
    private long rowNumber;
    private boolean closed;

    private ReportRows(Reader reader, Path deleteOnClose) {
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 64 * 1024);
        this.deleteOnClose = deleteOnClose;
        List<String> header;
        try {
            header = readHeader();
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        this.columns = header;
    }

    /**
     * @param  reader the text of a flat-file report, header line first; closed with the rows
     * @return        its rows
     */
    public static ReportRows of(Reader reader) {
        return new ReportRows(reader, null);
    }

    /**
     * @param  file          a flat-file report on disk
     * @param  charset       its charset
     * @param  deleteOnClose whether to delete the file when the rows are closed or read to the end
     * @return               its rows
     * @throws IOException   when the file cannot be opened
     */
    public static ReportRows of(Path file, Charset charset, boolean deleteOnClose) throws IOException {
        return new ReportRows(Files.newBufferedReader(file, charset), deleteOnClose ? file : null);
    }

    /**
     * @return the column names of the header line (empty for an empty report)
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * @return how many rows were returned so far
     */
    public long rowNumber() {
        return rowNumber;
    }

    private List<String> readHeader() throws IOException {
        String line = nextLine();
        if (line == null) {
            return List.of();
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.stripLeading().startsWith("<")) {
            throw new IllegalArgumentException("The report is XML, not a tab-separated flat file: read it as a stream"
                                               + " or file (reportOutput=stream or file) instead of rows");
        }
        List<String> names = split(line);
        for (int i = 1; i < names.size(); i++) {
            if (names.subList(0, i).contains(names.get(i))) {
                names.set(i, names.get(i) + "." + (i + 1)); // a repeated name keeps its values apart
            }
        }
        return Collections.unmodifiableList(names);
    }

    private String nextLine() throws IOException {
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isEmpty());
        return line;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        int tab;
        while ((tab = line.indexOf('\t', start)) >= 0) {
            fields.add(line.substring(start, tab));
            start = tab + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (closed || columns.isEmpty()) {
            closeQuietly();
            return false;
        }
        String line;
        try {
            line = nextLine();
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("Cannot read the report: " + e.getMessage(), e);
        }
        if (line == null) {
            closeQuietly();
            return false;
        }
        List<String> fields = split(line);
        Map<String, String> row = new LinkedHashMap<>(Math.max(16, columns.size() * 2));
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), i < fields.size() ? fields.get(i) : "");
        }
        for (int i = columns.size(); i < fields.size(); i++) {
            row.put(Integer.toString(i + 1), fields.get(i));
        }
        next = row;
        return true;
    }

    @Override
    public Map<String, String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more rows in the report");
        }
        Map<String, String> row = next;
        next = null;
        rowNumber++;
        return row;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.close();
        } finally {
            if (deleteOnClose != null) {
                Files.deleteIfExists(deleteOnClose);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the rows were read; a file that cannot be deleted is left in the temporary spool directory
        }
    }

    @Override
    public String toString() {
        return "ReportRows[" + columns.size() + " columns, " + rowNumber + " rows read"
               + (deleteOnClose != null ? ", " + deleteOnClose.getFileName() : "") + "]";
    }
}
