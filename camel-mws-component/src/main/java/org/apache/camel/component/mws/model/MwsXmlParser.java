package org.apache.camel.component.mws.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.apache.camel.component.mws.model.feeds.AmazonEnvelope;
import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.xml.BodyDiagnostics;
import org.apache.camel.component.mws.xml.DoctypeRefusedException;
import org.apache.camel.component.mws.xml.InvalidValueException;
import org.apache.camel.component.mws.xml.NamespaceNeutralReader;
import org.apache.camel.component.mws.xml.SecureStax;
import org.apache.camel.component.mws.xml.StaxModelBinder;

/**
 * Parses MWS response documents into the models of this package. Thread-safe; one per component is enough, and
 * all instances share one JAXB context.
 * <p>
 * Documents are read with an XXE-safe StAX reader (a DOCTYPE is refused), namespace-neutral (the same result
 * arrives in the namespace of whichever section sent it), by element name in any order, ignoring elements the models
 * do not know. Anything else, an empty body, an HTML error page, a truncated or malformed document, an unexpected
 * root element or an unconvertible value, gives an {@link MwsXmlException} saying what was wrong.
 */
public final class MwsXmlParser {

    private static final String RESPONSE_METADATA = "ResponseMetadata";
    private static final String REQUEST_ID = "RequestId";
    private static final String ERROR_RESPONSE = "ErrorResponse";
    private static final int SNIFF_BYTES = 512;

    private static final StaxModelBinder BINDER = new StaxModelBinder();

    private final Map<Class<?>, String> rootNames = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> bindable = new ConcurrentHashMap<>();

    /**
     * Creates a parser. All parsers share one model binder and one JAXB context (built on first use).
     */
    public MwsXmlParser() {
    }

    /**
     * @param  section the API section, e.g. {@code Orders} (matched case-insensitively)
     * @param  action  the operation, e.g. {@code ListOrdersByNextToken}
     * @return         whether {@link #parse(String, String, byte[])} can turn its response into a typed result
     */
    public boolean hasModel(String section, String action) {
        return ResponseModels.resultType(section, action) != null;
    }

    /**
     * @return the class of the operation's result (a ByNextToken operation shares the class of the listing it
     *         continues), or null when the operation is not modelled
     */
    public Class<?> resultType(String section, String action) {
        return ResponseModels.resultType(section, action);
    }

    /**
     * Parses a success envelope {@code <{Action}Response><{Action}Result>...</{Action}Result>
     * <ResponseMetadata><RequestId/></ResponseMetadata></{Action}Response>}.
     *
     * @throws IllegalArgumentException when the operation has no model ({@link #hasModel})
     * @throws MwsXmlException          when the body is not that document
     */
    public ParsedResponse parse(String section, String action, byte[] xml) {
        Class<?> type = ResponseModels.resultType(section, action);
        if (type == null) {
            throw new IllegalArgumentException("no response model for " + section + "/" + action);
        }
        String responseName = action + "Response";
        String resultName = action + "Result";
        rejectNonXml(xml, responseName);
        XMLStreamReader reader = null;
        String root = null;
        try {
            reader = SecureStax.open(xml);
            root = SecureStax.toRootElement(reader);
            // the action may come in any case (URIs are case-insensitive); the server spells it canonically
            if (!responseName.equalsIgnoreCase(root)) {
                throw unexpectedRoot(root, responseName, reader);
            }
            Object result = null;
            String requestId = null;
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (result == null && resultName.equalsIgnoreCase(name)) {
                        result = read(reader, type);
                    } else if (RESPONSE_METADATA.equals(name)) {
                        requestId = readRequestId(reader);
                    } else {
                        SecureStax.skipElement(reader);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (result == null) {
                throw new MwsXmlException("cannot read <" + responseName + ">: the <" + responseName + "> carries no <"
                                          + resultName + ">; body starts with: " + BodyDiagnostics.prefix(xml));
            }
            return new ParsedResponse(result, requestId);
        } catch (MwsXmlException e) {
            throw e;
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            throw failure(responseName, xml, xml, root, e);
        } finally {
            close(reader);
        }
    }

    /**
     * Reads an {@code ErrorResponse}.
     *
     * @return the error, or null when the body is not an ErrorResponse (empty, not XML, an HTML page, another root
     *         element): the caller then reports the body by its HTTP status
     * @throws MwsXmlException when the body starts as an ErrorResponse but cannot be read (truncated, malformed), or
     *                         carries a DOCTYPE
     */
    public ErrorResponse parseError(byte[] xml) {
        if (BodyDiagnostics.classify(xml) != BodyDiagnostics.Kind.XML) {
            return null;
        }
        XMLStreamReader reader = null;
        String root = null;
        try {
            reader = SecureStax.open(xml);
            root = SecureStax.toRootElement(reader);
            if (!ERROR_RESPONSE.equals(root)) {
                return null;
            }
            return read(reader, ErrorResponse.class);
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            if (root == null && find(e, DoctypeRefusedException.class) == null) {
                return null; // not even a root element: not an ErrorResponse
            }
            throw failure(ERROR_RESPONSE, xml, xml, root, e);
        } finally {
            close(reader);
        }
    }

    /**
     * Reads a stand-alone document, e.g. the {@link AmazonEnvelope} of a feed processing report. The stream is read,
     * not closed.
     *
     * @param  type            a model class; when it has an {@code @XmlRootElement}, the document's root element
     *                         must have that name
     * @throws MwsXmlException when the stream does not hold that document
     */
    public <T> T unmarshal(Class<T> type, InputStream in) {
        String expected = rootName(type);
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        byte[] head = sniff(buffered, expected);
        XMLStreamReader reader = null;
        String root = null;
        try {
            reader = SecureStax.open(buffered);
            root = SecureStax.toRootElement(reader);
            if (expected != null && !expected.equals(root)) {
                throw unexpectedRoot(root, expected, reader);
            }
            return read(reader, type);
        } catch (MwsXmlException e) {
            throw e;
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            throw failure(expected != null ? expected : type.getSimpleName(), null, head, root, e);
        } finally {
            close(reader);
        }
    }

    /**
     * Reads the processing report of an XML feed (GetFeedSubmissionResult): an {@code AmazonEnvelope} whose message
     * carries a ProcessingReport, or a bare {@code ProcessingReport} document. The stream is read, not closed.
     *
     * @throws MwsXmlException when the stream holds neither, e.g. the text summary of a flat-file feed
     */
    public ProcessingReport parseProcessingReport(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        byte[] head = sniff(buffered, "AmazonEnvelope");
        XMLStreamReader reader = null;
        String root = null;
        try {
            reader = SecureStax.open(buffered);
            root = SecureStax.toRootElement(reader);
            if ("ProcessingReport".equals(root)) {
                return read(reader, ProcessingReport.class);
            }
            if (!"AmazonEnvelope".equals(root)) {
                throw unexpectedRoot(root, "AmazonEnvelope", reader);
            }
            AmazonEnvelope envelope = read(reader, AmazonEnvelope.class);
            ProcessingReport report = envelope.getProcessingReport();
            if (report == null) {
                throw new MwsXmlException("cannot read <AmazonEnvelope>: it carries no ProcessingReport (MessageType: "
                                          + envelope.getMessageType() + ")");
            }
            return report;
        } catch (MwsXmlException e) {
            throw e;
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            throw failure("AmazonEnvelope", null, head, root, e);
        } finally {
            close(reader);
        }
    }

    private static String readRequestId(XMLStreamReader reader) throws XMLStreamException {
        String requestId = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && REQUEST_ID.equalsIgnoreCase(reader.getLocalName())) {
                    requestId = SecureStax.readText(reader).strip(); // leaves the reader on the end tag
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return requestId;
    }

    private static void rejectNonXml(byte[] xml, String expected) {
        String problem = BodyDiagnostics.describe(xml);
        if (problem != null) {
            throw new MwsXmlException("cannot read <" + expected + ">: " + problem);
        }
    }

    /**
     * Reads the first bytes of a stream (then resets it) to reject an empty, HTML or non-XML body with a clear
     * message before any XML parsing; returns them for later messages.
     */
    private static byte[] sniff(BufferedInputStream in, String expected) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            rejectNonXml(head, expected != null ? expected : "document");
            return head;
        } catch (IOException e) {
            throw new MwsXmlException("cannot read <" + expected + ">: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the element the reader is on as the given model: with the binder when the model is within its subset
     * (every model of the MWS responses is), otherwise with the JAXB runtime.
     */
    private <T> T read(XMLStreamReader reader, Class<T> type) throws XMLStreamException, JAXBException {
        if (bindable.computeIfAbsent(type, BINDER::supports)) {
            return BINDER.read(reader, type);
        }
        JaxbBinding binding = JaxbBinding.get();
        JaxbBinding.Lease lease = binding.borrow();
        try {
            // JAXB matches namespaces too: present the elements without them, as the models are declared
            return lease.unmarshaller().unmarshal(new NamespaceNeutralReader(reader), type).getValue();
        } catch (JAXBException e) {
            ValidationEvent event = lease.handler().failure();
            if (event != null) {
                throw new InvalidValueException(BodyDiagnostics.sanitize(event.getMessage(), 200),
                        location(event.getLocator()), e);
            }
            throw e;
        } finally {
            binding.release(lease);
        }
    }

    private static Location location(ValidationEventLocator locator) {
        if (locator == null) {
            return null;
        }
        return new Location() {
            @Override
            public int getLineNumber() {
                return locator.getLineNumber();
            }

            @Override
            public int getColumnNumber() {
                return locator.getColumnNumber();
            }

            @Override
            public int getCharacterOffset() {
                return locator.getOffset();
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    private MwsXmlException unexpectedRoot(String root, String expected, XMLStreamReader reader) {
        if (ERROR_RESPONSE.equals(root)) {
            try {
                ErrorResponse error = read(reader, ErrorResponse.class);
                return new MwsXmlException("cannot read <" + expected + ">: the body is an MWS ErrorResponse (Code: "
                                           + error.getCode() + ", Message: "
                                           + BodyDiagnostics.sanitize(error.getMessage(), 200) + ", RequestId: "
                                           + error.getRequestId() + ")");
            } catch (XMLStreamException | JAXBException | RuntimeException e) {
                // fall through: the plain message is enough
            }
        }
        return new MwsXmlException(
                "cannot read <" + expected + ">: unexpected root element <" + root + ">, expected <" + expected + ">");
    }

    private String rootName(Class<?> type) {
        return rootNames.computeIfAbsent(type, t -> {
            XmlRootElement annotation = t.getAnnotation(XmlRootElement.class);
            if (annotation == null) {
                return "";
            }
            if ("##default".equals(annotation.name())) {
                String simple = t.getSimpleName();
                return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            }
            return annotation.name();
        }).transform(name -> name.isEmpty() ? null : name);
    }

    /**
     * Turns whatever stopped the parsing into a message that says what was wrong with the body.
     *
     * @param body     the whole body, or null when it was streamed (then {@code head} is all that is known)
     * @param head     the first bytes of the body, shown in the message
     */
    private static MwsXmlException failure(
            String expected, byte[] body, byte[] head, String root, Exception e) {
        String what = "cannot read <" + expected + ">: ";
        DoctypeRefusedException doctype = find(e, DoctypeRefusedException.class);
        if (doctype != null) {
            return new MwsXmlException(what + parserMessage(doctype), e);
        }
        InvalidValueException invalid = find(e, InvalidValueException.class);
        if (invalid != null) {
            return new MwsXmlException(what + "invalid value" + at(invalid.getLocation()) + " in "
                                       + parserMessage(invalid), e);
        }
        XMLStreamException xse = find(e, XMLStreamException.class);
        if (xse != null) {
            if (root != null && body != null && isTruncated(body, root)) {
                // the parser's own finding tells a cut-off body from a broken one that also lacks its end
                return new MwsXmlException(what + "the XML is truncated: the body (" + body.length
                                           + " bytes) ends before the root element <" + root + "> is closed; the"
                                           + " parser stopped" + at(xse.getLocation()) + ": " + parserMessage(xse),
                        e);
            }
            return new MwsXmlException(what + (body == null ? "malformed or truncated XML" : "malformed XML")
                                       + at(xse.getLocation()) + ": " + parserMessage(xse) + "; body starts with: "
                                       + BodyDiagnostics.prefix(head),
                    e);
        }
        Throwable cause = deepest(e);
        return new MwsXmlException(what + "unreadable response (" + cause.getClass().getSimpleName()
                                   + (cause.getMessage() != null
                                           ? ": " + BodyDiagnostics.sanitize(cause.getMessage(), 200) : "")
                                   + "); body starts with: " + BodyDiagnostics.prefix(head),
                e);
    }

    /**
     * The first throwable of that type along the cause chain, following JAXB's linked exceptions and StAX's nested
     * exceptions too.
     */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Throwable t = e;
        for (int i = 0; t != null && i < 16; i++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            t = next(t);
        }
        return null;
    }

    private static Throwable deepest(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 16; i++) {
            Throwable n = next(t);
            if (n == null || n == t) {
                break;
            }
            t = n;
        }
        return t;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof JAXBException je && je.getLinkedException() != null) {
            return je.getLinkedException();
        }
        if (t instanceof XMLStreamException xse && xse.getNestedException() != null) {
            return xse.getNestedException();
        }
        return t.getCause();
    }

    /** The JDK parser prefixes its messages with the location; the exception message names it already. */
    private static final Pattern PARSE_ERROR_PREFIX
            = Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

    /** Woodstox appends the location to its messages; the exception message names it already. */
    private static final Pattern WOODSTOX_LOCATION
            = Pattern.compile("(?s)\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$");

    /** The parser's own explanation, without the location prefix or suffix the JDK and Woodstox parsers add. */
    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = PARSE_ERROR_PREFIX.matcher(message).replaceFirst("");
        message = WOODSTOX_LOCATION.matcher(message).replaceFirst("");
        String text = BodyDiagnostics.sanitize(message, 200);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0
                ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /**
     * Whether the body ends before its root element is closed: after trailing whitespace it must end with
     * {@code </root>} (with any prefix).
     */
    static boolean isTruncated(byte[] body, String root) {
        if (body == null) {
            return false;
        }
        int end = body.length;
        while (end > 0 && (body[end - 1] == ' ' || body[end - 1] == '\n' || body[end - 1] == '\r'
                || body[end - 1] == '\t' || body[end - 1] == 0)) {
            end--;
        }
        int from = Math.max(0, end - root.length() - 64);
        String tail = new String(Arrays.copyOfRange(body, from, end), java.nio.charset.StandardCharsets.ISO_8859_1);
        return !Pattern.compile("</(?:[\\w.-]+:)?" + Pattern.quote(root) + "\\s*>$").matcher(tail).find();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read; closing the reader never closes the caller's stream
            }
        }
    }
}
