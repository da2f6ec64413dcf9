package org.apache.camel.component.mws;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mws.catalog.Action;
import org.apache.camel.component.mws.catalog.PagingStyle;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.health.MwsProducerHealthCheck;
import org.apache.camel.component.mws.model.ListingResult;
import org.apache.camel.component.mws.paging.Listing;
import org.apache.camel.component.mws.paging.ListingPage;
import org.apache.camel.component.mws.transport.ContentMd5;
import org.apache.camel.component.mws.transport.FeedBody;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.component.mws.transport.MwsResponse;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends one MWS action per exchange. The action is the endpoint's, or the {@code CamelMwsAction} header's; its
 * parameters come from the endpoint options, {@code parameters.*}, a Map body and the {@code CamelMwsParameters}
 * header (in rising precedence). With a {@code CamelMwsNextToken} header a listing continues with its ByNextToken
 * twin; with {@code paginate=true} every page is followed and merged into one result. The answer becomes the body: the JAXB Result where the component models the action, else the XML; reports
 * and feed processing results are streamed to a spool file.
 */
public class MwsProducer extends DefaultProducer {

    /**
     * Remembers which listing produced the NextToken header ({@code twin + '\n' + token}), so that a later mws call of
     * another listing in the same route (e.g. ListOrderItems after ListOrders, or in a split of its orders) does not
     * mistake it for its own. A token the route sets itself is always used.
     */
    static final String NEXT_TOKEN_ORIGIN = "CamelMwsNextTokenOrigin";

    private ResponseInterpreter interpreter;
    private WritableHealthCheckRepository healthCheckRepository;
    private MwsProducerHealthCheck healthCheck;

    public MwsProducer(MwsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        interpreter = new ResponseInterpreter(getEndpoint().getComponent().getXmlParser(),
                getEndpoint().getClient().masker());
        // health checks are optional: present when camel-health is and producer checks are wanted
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new MwsProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        MwsConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        Section section = endpoint.getMwsSection();
        Action action = actionOf(in, section, endpoint.getMwsAction());

        Map<String, String> parameters;
        String nextToken = in.getHeader(MwsConstants.NEXT_TOKEN, String.class);
        boolean continuing = nextToken != null && !nextToken.isBlank() && action.paging() != PagingStyle.NONE
                             && continuesThisListing(exchange, action, nextToken);
        if (config.isPaginate() && action.paging() != PagingStyle.NONE) {
            paginate(exchange, endpoint.getClient(), section, action, continuing ? null
                    : RequestParameters.assemble(action, endpoint.getMarketplaces().marketplaceIds(),
                            optionParameters(config, action), config.getParameters(), bodyParameters(in),
                            headerParameters(in)),
                    continuing ? nextToken : null, config);
            return;
        }
        if (continuing) {
            action = nextTokenAction(section, action);
            parameters = continuation(in, nextToken);
        } else {
            parameters = RequestParameters.assemble(action, endpoint.getMarketplaces().marketplaceIds(),
                    optionParameters(config, action), config.getParameters(),
                    action.isSubmitFeed() ? null : bodyParameters(in), headerParameters(in));
        }

        MwsClient client = endpoint.getClient();
        if (action.isSubmitFeed()) {
            submitFeed(exchange, client, section, action, parameters, config);
            return;
        }
        MwsCall call = client.newCall(section, action, parameters, null);
        if (action.returnsRawBody()) {
            download(exchange, client, call, config);
        } else {
            MwsResponse response = client.execute(call);
            MwsReply reply = answer(exchange, response, config);
            if ("RequestReport".equals(action.name())) {
                String reportRequestId = reply.fields().get("ReportRequestId");
                setOrRemove(exchange.getMessage(), MwsConstants.REPORT_REQUEST_ID, reportRequestId);
                if (config.isAwaitReport()) {
                    awaitReport(exchange, client, call, reportRequestId, config);
                }
            }
        }
    }

    /**
     * SubmitFeed: the feed spooled to a file if it is not one, its MD5 computed from the file, sent once per exchange
     * (see {@link FeedSubmissions}); with awaitResult, its processing report awaited.
     */
    private void submitFeed(Exchange exchange, MwsClient client, Section section, Action action,
                            Map<String, String> parameters, MwsConfiguration config) throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        if (!parameters.containsKey("FeedType")) {
            throw new IllegalArgumentException("SubmitFeed needs a FeedType: set the feedType option or a FeedType"
                                               + " parameter");
        }
        FeedSource.Prepared prepared = FeedSource.prepare(exchange, config, endpoint.getMarketplaces().marketplaceIds());
        FeedBody feed = prepared.body();
        if (prepared.spooled()) {
            ReportDelivery.deleteOnCompletion(exchange, feed.file());
        }
        if (!parameters.containsKey("ContentMD5Value")) {
            parameters.put("ContentMD5Value", prepared.md5() != null ? prepared.md5() : ContentMd5.of(feed.file()));
        }
        String key = FeedSubmissions.key(endpoint.getEndpointUri(), parameters.get("FeedType"),
                parameters.get("ContentMD5Value"));
        FeedSubmissions.Submission earlier = FeedSubmissions.get(exchange, key);
        Message out = exchange.getMessage();
        MwsCall call;
        String feedSubmissionId;
        if (earlier == null) {
            call = client.newCall(section, action, parameters, feed);
            FeedSubmissions.sending(exchange, key, call);
            MwsResponse response;
            try {
                response = client.execute(call);
            } catch (MwsSubmissionUncertainException e) {
                throw e;
            } catch (RuntimeException e) {
                // an error answer or a request never sent: MWS did not take the feed
                FeedSubmissions.refused(exchange, key);
                throw e;
            }
            // from here on the feed is at MWS: whatever fails, it is not sent again for this exchange
            MwsReply reply = answer(exchange, response, config);
            feedSubmissionId = reply.fields().get("FeedSubmissionId");
            if (feedSubmissionId == null || feedSubmissionId.isBlank()) {
                throw new MwsSubmissionUncertainException("MWS " + call.operationName() + ": the feed was accepted"
                                                          + " (HTTP " + response.head().status() + ") but the answer"
                                                          + " names no FeedSubmissionId; it is not sent again, check"
                                                          + " GetFeedSubmissionList",
                        new MwsError(call.operationName(), response.head().status(), null, null, null,
                                reply.requestId(), response.head().timestamp()),
                        null);
            }
            FeedSubmissions.submitted(exchange, key, new FeedSubmissions.Submission(feedSubmissionId, reply.body(),
                    call));
        } else if (earlier.uncertain()) {
            throw new MwsSubmissionUncertainException("MWS " + section.name() + "/" + action.name() + ": an earlier"
                                                      + " attempt of this exchange may have delivered this feed;"
                                                      + " it is not sent again, check GetFeedSubmissionList before"
                                                      + " resubmitting it",
                    MwsError.noAnswer(section.name() + "/" + action.name(), null), null);
        } else {
            // a redelivery of an exchange whose feed MWS already has: hand over the same submission
            call = earlier.call();
            feedSubmissionId = earlier.feedSubmissionId();
            out.setBody(earlier.result());
            out.setHeader(MwsConstants.FEED_SUBMISSION_ID, feedSubmissionId);
        }
        if (config.isAwaitResult()) {
            awaitResult(exchange, client, call, feedSubmissionId, config);
        }
    }

    private void awaitResult(Exchange exchange, MwsClient client, MwsCall call, String feedSubmissionId,
                             MwsConfiguration config) throws IOException {
        ReportDownloader results = new ReportDownloader(client, FeedSource.spoolDirectory(config),
                config.getMaxDownloadRetries(),
                head -> head.charset(ReportCharsets.fallback(getEndpoint().getMarketplaces())), false);
        FeedAwaiter.Result result = new FeedAwaiter(client, interpreter, getEndpoint().getComponent().getXmlParser(),
                poller(config), results).await(call, feedSubmissionId);
        Message out = exchange.getMessage();
        out.setBody(result.report());
        out.setHeader(MwsConstants.FEED_SUBMISSION_ID, feedSubmissionId);
        out.setHeader(MwsConstants.PROCESSING_STATUS, FeedAwaiter.DONE);
        setOrRemove(out, MwsConstants.REQUEST_ID, result.requestId());
        setOrRemove(out, MwsConstants.TIMESTAMP, result.timestamp());
        setOrRemove(out, MwsConstants.CONTENT_MD5, result.md5());
        if (config.isFailOnFeedErrors() && result.report().hasErrors()) {
            throw new MwsFeedProcessingException(call.operationName(), feedSubmissionId, result.report(),
                    new MwsError(call.operationName(), 200, null, null, null, result.requestId(), result.timestamp()));
        }
    }

    private void awaitReport(Exchange exchange, MwsClient client, MwsCall call, String reportRequestId,
                             MwsConfiguration config) throws IOException {
        if (reportRequestId == null || reportRequestId.isBlank()) {
            throw new MwsException("MWS " + call.operationName() + ": the answer names no ReportRequestId to await",
                    new MwsError(call.operationName(), 200, null, null, null,
                            exchange.getMessage().getHeader(MwsConstants.REQUEST_ID, String.class), null));
        }
        new ReportAwaiter(client, interpreter, poller(config), downloader(client, config))
                .await(exchange, call, reportRequestId, config.getReportOutput(), FeedSource.spoolDirectory(config));
    }

    private ProcessingPoller poller(MwsConfiguration config) {
        return new ProcessingPoller(Duration.ofMillis(config.getAwaitInterval()),
                Duration.ofMillis(config.getAwaitTimeout()), this::isRunAllowed);
    }

    /**
     * paginate=true: follows every page of the listing (restarting it on NextTokenCorrupted) and hands over one result:
     * the first page's JAXB Result with the records of every page appended, or, where the listing is not modelled or
     * XML was asked for, the List of the pages' XML documents. A MoreResultsAvailable listing leaves the NextToken to
     * ask again later in the CamelMwsNextToken header.
     */
    private void paginate(Exchange exchange, MwsClient client, Section section, Action action,
                          Map<String, String> parameters, String nextToken, MwsConfiguration config) {
        Listing listing = new Listing(client, interpreter, section, action, parameters, nextToken,
                new Listing.Options(config.getResultFormat(), config.getMaxListingRestarts(), false));
        ListingResult<?> merged = null;
        List<Object> documents = new ArrayList<>();
        ListingPage page = null;
        while (listing.hasMore()) {
            page = listing.fetch(null);
            if (page.restarted()) {
                // the restart lists everything again: what was collected would come twice
                merged = null;
                documents.clear();
            }
            if (page.body() instanceof ListingResult<?> result) {
                if (merged == null) {
                    merged = result;
                } else {
                    merged.append(result);
                }
            } else {
                documents.add(page.body());
            }
        }
        Message out = exchange.getMessage();
        out.setBody(merged != null ? merged : documents);
        setCommonHeaders(out, page.reply().head(), page.reply().requestId());
        String resume = listing.resumeToken();
        if (resume != null) {
            out.setHeader(MwsConstants.NEXT_TOKEN, resume);
            exchange.setProperty(NEXT_TOKEN_ORIGIN, section.name() + "/" + action.nextTokenAction() + "\n" + resume);
        } else {
            out.removeHeader(MwsConstants.NEXT_TOKEN);
            exchange.removeProperty(NEXT_TOKEN_ORIGIN);
        }
        out.setHeader(MwsConstants.HAS_NEXT, false);
        out.removeHeader(MwsConstants.FEED_SUBMISSION_ID);
        out.removeHeader(MwsConstants.PROCESSING_STATUS);
    }

    private static Action actionOf(Message in, Section section, Action endpointAction) {
        String override = in.getHeader(MwsConstants.ACTION, String.class);
        return override == null || override.isBlank() ? endpointAction : section.action(override);
    }

    private static boolean continuesThisListing(Exchange exchange, Action action, String nextToken) {
        String origin = exchange.getProperty(NEXT_TOKEN_ORIGIN, String.class);
        if (origin == null) {
            return true;
        }
        int sep = origin.indexOf('\n');
        String twin = origin.substring(0, sep);
        String token = origin.substring(sep + 1);
        return !token.equals(nextToken) || twin.equals(action.section() + "/" + action.nextTokenAction());
    }

    private static Action nextTokenAction(Section section, Action action) {
        String twin = action.nextTokenAction();
        if (twin == null) {
            throw new IllegalArgumentException(action + " has no ByNextToken operation to continue a listing with");
        }
        return section.action(twin);
    }

    /** The ByNextToken twin takes only NextToken (a seller or auth token override still applies). */
    private static Map<String, String> continuation(Message in, String nextToken) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, Object> header = headerParameters(in);
        if (header != null) {
            for (String identity : new String[] { "SellerId", "Merchant", "MWSAuthToken" }) {
                if (header.get(identity) != null) {
                    parameters.put(identity, String.valueOf(header.get(identity)));
                }
            }
        }
        parameters.put("NextToken", nextToken);
        return parameters;
    }

    private static Map<String, Object> optionParameters(MwsConfiguration config, Action action) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (action.isSubmitFeed() && config.getFeedType() != null) {
            p.put("FeedType", config.getFeedType());
        }
        if ("RequestReport".equals(action.name()) && config.getReportType() != null) {
            p.put("ReportType", config.getReportType());
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodyParameters(Message in) {
        Object body = in.getBody();
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headerParameters(Message in) {
        Object header = in.getHeader(MwsConstants.PARAMETERS);
        if (header == null) {
            return null;
        }
        if (!(header instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("The " + MwsConstants.PARAMETERS + " header must be a Map, not a "
                                               + header.getClass().getName());
        }
        return (Map<String, Object>) header;
    }

    private MwsReply answer(Exchange exchange, MwsResponse response, MwsConfiguration config) {
        MwsReply reply = interpreter.interpret(response, config.getResultFormat());
        MwsCall call = response.call();
        Message out = exchange.getMessage();
        out.setBody(reply.body());
        setCommonHeaders(out, reply.head(), reply.requestId());
        if (reply.nextToken() == null) {
            out.removeHeader(MwsConstants.NEXT_TOKEN);
            exchange.removeProperty(NEXT_TOKEN_ORIGIN);
        } else {
            out.setHeader(MwsConstants.NEXT_TOKEN, reply.nextToken());
            exchange.setProperty(NEXT_TOKEN_ORIGIN,
                    call.section().name() + "/" + call.action().nextTokenAction() + "\n" + reply.nextToken());
        }
        setOrRemove(out, MwsConstants.HAS_NEXT, reply.hasNext());
        setOrRemove(out, MwsConstants.FEED_SUBMISSION_ID, reply.fields().get("FeedSubmissionId"));
        setOrRemove(out, MwsConstants.PROCESSING_STATUS, reply.processingStatus());
        return reply;
    }

    private void download(Exchange exchange, MwsClient client, MwsCall call, MwsConfiguration config)
            throws IOException {
        RawBodySpooler.Spooled spooled = downloader(client, config).download(call);
        Message out = exchange.getMessage();
        ReportDelivery.deliver(exchange, spooled, config.getReportOutput());
        setCommonHeaders(out, spooled.head(), spooled.head().requestId());
        out.setHeader(MwsConstants.CONTENT_MD5, spooled.md5());
        setOrRemove(out, MwsConstants.REPORT_ID, call.parameter("ReportId"));
        setOrRemove(out, MwsConstants.FEED_SUBMISSION_ID, call.parameter("FeedSubmissionId"));
        out.removeHeader(MwsConstants.NEXT_TOKEN);
        out.removeHeader(MwsConstants.HAS_NEXT);
        exchange.removeProperty(NEXT_TOKEN_ORIGIN);
    }

    /** Downloads of this endpoint: spooled, verified, in the report's charset or transcoded to UTF-8. */
    ReportDownloader downloader(MwsClient client, MwsConfiguration config) throws IOException {
        MwsEndpoint endpoint = getEndpoint();
        return new ReportDownloader(client, FeedSource.spoolDirectory(config), config.getMaxDownloadRetries(),
                head -> ReportCharsets.of(config.getReportCharset(), head, endpoint.getMarketplaces()),
                config.isDecodeReport());
    }

    private static void setCommonHeaders(Message out, MwsResponseHead head, String requestId) {
        setOrRemove(out, MwsConstants.REQUEST_ID, requestId);
        setOrRemove(out, MwsConstants.TIMESTAMP, head.timestamp());
        setOrRemove(out, MwsConstants.QUOTA_MAX, head.quotaMax());
        setOrRemove(out, MwsConstants.QUOTA_REMAINING, head.quotaRemaining());
        setOrRemove(out, MwsConstants.QUOTA_RESETS_ON, head.quotaResetsOn());
        setOrRemove(out, MwsConstants.CONTENT_MD5, head.contentMd5());
    }

    private static void setOrRemove(Message out, String name, Object value) {
        if (value == null) {
            out.removeHeader(name);
        } else {
            out.setHeader(name, value);
        }
    }

}
