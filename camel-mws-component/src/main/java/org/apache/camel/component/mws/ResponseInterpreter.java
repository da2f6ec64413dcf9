package org.apache.camel.component.mws;

import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.PagingStyle;
import org.apache.camel.component.mws.model.MwsXmlException;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.PagedResult;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponse;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.SecretMasker;

/**
 * Turns a successful XML answer into an {@link MwsReply}: the JAXB Result where the component models the action (or
 * the XML), the RequestId and the paging state. An answer that cannot be read gives an {@link MwsException} naming the
 * HTTP status and the problem. Shared by the producer and anything else sending calls (paging, consumers).
 */
public final class ResponseInterpreter {

    private final MwsXmlParser parser;
    private final SecretMasker masker;

    /**
     * @param parser the component's parser
     * @param masker masks secrets in messages about unreadable answers
     */
    public ResponseInterpreter(MwsXmlParser parser, SecretMasker masker) {
        this.parser = parser;
        this.masker = masker;
    }

    /**
     * @param  response     a successful answer
     * @param  format       object (JAXB where modelled) or xml
     * @return              the reply
     * @throws MwsException when the answer is not the expected XML
     */
    public MwsReply interpret(MwsResponse response, MwsResultFormat format) {
        MwsCall call = response.call();
        MwsResponseHead head = response.head();
        Action action = call.action();
        String section = call.section().name();

        Map<String, String> fields = Map.of();
        Object body;
        String requestId = null;
        String nextToken = null;
        Boolean hasNext = null;
        if (format == MwsResultFormat.object && parser.hasModel(section, action.name())) {
            ParsedResponse parsed;
            try {
                parsed = parser.parse(section, action.name(), response.body());
            } catch (MwsXmlException | IllegalArgumentException e) {
                throw unreadable(call, head, e.getMessage(), e);
            }
            body = parsed.result();
            requestId = parsed.requestId();
            if (body instanceof PagedResult page) {
                nextToken = page.getNextToken();
                hasNext = page.getHasNext();
            }
            if (action.isSubmitFeed() || "RequestReport".equals(action.name())) {
                fields = scan(call, head, response.body());
            }
        } else {
            fields = scan(call, head, response.body());
            body = response.bodyAsString();
            nextToken = fields.get("NextToken");
            String more = fields.containsKey("HasNext") ? fields.get("HasNext") : fields.get("MoreResultsAvailable");
            hasNext = more == null ? null : Boolean.valueOf(more);
        }
        if (requestId == null) {
            requestId = fields.getOrDefault("RequestId", head.requestId());
        }
        if (nextToken != null && nextToken.isBlank()) {
            nextToken = null;
        }
        if (hasNext == null && action.paging() != PagingStyle.NONE) {
            hasNext = nextToken != null;
        }
        return new MwsReply(body, requestId, nextToken, hasNext, fields, head);
    }

    private Map<String, String> scan(MwsCall call, MwsResponseHead head, byte[] body) {
        try {
            return ResponseFields.scan(body);
        } catch (XMLStreamException | RuntimeException e) {
            String problem = body.length == 0 ? "the body is empty"
                    : "the body is not well-formed XML (truncated or not XML): " + e.getMessage();
            throw unreadable(call, head, problem, e);
        }
    }

    private MwsException unreadable(MwsCall call, MwsResponseHead head, String problem, Exception cause) {
        MwsError error = new MwsError(call.operationName(), head.status(), null, null, null, head.requestId(),
                head.timestamp());
        return new MwsException("MWS " + call.operationName() + " failed: the HTTP " + head.status() + " answer cannot"
                                + " be read: " + masker.mask(problem) + error.trace(),
                error, cause);
    }
}
