package org.apache.camel.component.mws;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.mws.signing.SignatureMethod;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the mws component and its endpoints. Set on the component, an option applies to every endpoint;
 * set on an endpoint URI, it overrides the component's value for that endpoint.
 */
@UriParams
public class MwsConfiguration implements Cloneable {

    // identities

    @UriParam(label = "security")
    private String accessKeyId;
    @UriParam(label = "security", secret = true)
    private String secretKey;
    @UriParam(label = "common")
    private String sellerId;
    @UriParam(label = "security", secret = true)
    private String mwsAuthToken;

    // where requests go

    @UriParam(label = "common")
    private String marketplace;
    @UriParam(label = "common")
    private String endpoint;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;

    // what is sent

    @UriParam(label = "common", prefix = "parameters.", multiValue = true)
    private Map<String, Object> parameters;
    @UriParam(label = "security", defaultValue = "HmacSHA256")
    private SignatureMethod signatureMethod = SignatureMethod.HmacSHA256;
    @UriParam(label = "advanced", defaultValue = "camel-mws")
    private String applicationName = "camel-mws";
    @UriParam(label = "advanced")
    private String applicationVersion;

    // producer

    @UriParam(label = "producer", defaultValue = "object")
    private MwsResultFormat resultFormat = MwsResultFormat.object;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean paginate;

    // throttling

    @UriParam(label = "throttling", defaultValue = "true")
    private boolean throttling = true;
    @UriParam(label = "throttling", defaultValue = "10m", javaType = "java.time.Duration")
    private long maxThrottleWait = 600_000L;
    @UriParam(label = "throttling", prefix = "buckets.", multiValue = true)
    private Map<String, Object> buckets;
    @UriParam(label = "throttling", defaultValue = "1")
    private double timeScale = 1.0;

    // transport

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration")
    private long connectTimeout = 10_000L;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private long socketTimeout = 60_000L;
    @UriParam(label = "advanced", defaultValue = "4")
    private int maxRetries = 4;
    @UriParam(label = "advanced", defaultValue = "1s,4s,10s,30s")
    private String retryBackoff = "1s,4s,10s,30s";
    @UriParam(label = "advanced", defaultValue = "0.2")
    private double retryJitter = 0.2;
    @UriParam(label = "advanced", defaultValue = "33554432")
    private long maxResponseSize = 32L * 1024 * 1024;

    // consumer

    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "P1D")
    private String initialStart = "P1D";
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean includeOrderItems;
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxListingRestarts = 3;
    @UriParam(label = "consumer")
    private String sellerIds;
    @UriParam(label = "consumer,security", secret = true)
    private String mwsAuthTokens;
    @UriParam(label = "consumer", defaultValue = "2m", javaType = "java.time.Duration")
    private long windowLag = 120_000L;

    // reports

    @UriParam(label = "producer,reports")
    private String reportType;
    @UriParam(label = "consumer,reports")
    private String reportTypes;
    @UriParam(label = "producer,reports", defaultValue = "false")
    private boolean awaitReport;
    @UriParam(label = "producer,reports", defaultValue = "1h", javaType = "java.time.Duration")
    private long awaitTimeout = 3_600_000L;
    @UriParam(label = "producer,reports", defaultValue = "30s", javaType = "java.time.Duration")
    private long awaitInterval = 30_000L;
    @UriParam(label = "consumer,reports", defaultValue = "false")
    private boolean acknowledge;
    @UriParam(label = "consumer,reports", defaultValue = "true")
    private boolean downloadReports = true;
    @UriParam(label = "reports")
    private String spoolDirectory;
    @UriParam(label = "reports", defaultValue = "stream")
    private MwsReportOutput reportOutput = MwsReportOutput.stream;
    @UriParam(label = "reports")
    private String reportCharset;
    @UriParam(label = "reports", defaultValue = "false")
    private boolean decodeReport;
    @UriParam(label = "reports", defaultValue = "3")
    private int maxDownloadRetries = 3;

    // feeds

    @UriParam(label = "producer,feeds")
    private String feedType;
    @UriParam(label = "producer,feeds")
    private String feedContentType;
    @UriParam(label = "producer,feeds", defaultValue = "false")
    private boolean awaitResult;
    @UriParam(label = "producer,feeds", defaultValue = "false")
    private boolean failOnFeedErrors;

    /**
     * @return a deep copy: endpoints start from a copy of the component's configuration
     */
    public MwsConfiguration copy() {
        try {
            MwsConfiguration copy = (MwsConfiguration) clone();
            copy.parameters = parameters == null ? null : new LinkedHashMap<>(parameters);
            copy.buckets = buckets == null ? null : new LinkedHashMap<>(buckets);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getAccessKeyId() {
        return accessKeyId;
    }

    /**
     * The AWS Access Key ID of the developer account; sent with every request as AWSAccessKeyId.
     */
    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /**
     * The Secret Key of the developer account. It signs the requests and never leaves the client; it is masked in
     * logs, exception messages and endpoint URIs. Use RAW(...) or a property placeholder when it contains + or /.
     */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSellerId() {
        return sellerId;
    }

    /**
     * The seller (merchant) id the requests act for; sent as SellerId, or as Merchant for Feeds and Reports. A SellerId
     * in the request parameters overrides it for one exchange.
     */
    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public String getMwsAuthToken() {
        return mwsAuthToken;
    }

    /**
     * The MWSAuthToken (amzn.mws.uuid) a seller granted the developer, needed when the developer acts for a seller
     * other than itself; masked in logs, exception messages and endpoint URIs.
     */
    public void setMwsAuthToken(String mwsAuthToken) {
        this.mwsAuthToken = mwsAuthToken;
    }

    public String getMarketplace() {
        return marketplace;
    }

    /**
     * One or more marketplaces, comma separated, as codes (US, CA, DE, UK, JP, ...) or MarketplaceIds. They choose the
     * endpoint host (all must be served by the same host) and fill the action's marketplace parameter
     * (MarketplaceId.Id.N for Orders, MarketplaceIdList.Id.N for Reports and Feeds, MarketplaceId for Products,
     * FulfillmentInventory, ...) unless the request parameters set it.
     */
    public void setMarketplace(String marketplace) {
        this.marketplace = marketplace;
    }

    public String getEndpoint() {
        return endpoint;
    }

    /**
     * A base URL overriding the host chosen from the marketplace, e.g. https://mws-eu.amazonservices.com or a
     * simulator's http://127.0.0.1:8480. It may carry a path prefix, to which the section's path is appended.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Allows a plain-HTTP endpoint on a host other than the loopback interface. Off by default, because every request
     * carries the access key, the seller id and a replayable signature.
     */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    /**
     * MWS request parameters of the action, e.g. parameters.MaxResultsPerPage=50 or
     * parameters.CreatedAfter=2024-01-01T00:00:00Z. Lists are given with their full names
     * (parameters.OrderStatus.Status.1=Unshipped) or as Java lists in the CamelMwsParameters header.
     */
    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    /**
     * The HMAC algorithm of Signature Version 2: HmacSHA256 (recommended) or HmacSHA1.
     */
    public void setSignatureMethod(SignatureMethod signatureMethod) {
        this.signatureMethod = signatureMethod;
    }

    public String getApplicationName() {
        return applicationName;
    }

    /**
     * The application name in the User-Agent header MWS requires (AppName/AppVersion (Language=Java/...;
     * Platform=...)).
     */
    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public String getApplicationVersion() {
        return applicationVersion;
    }

    /**
     * The application version in the User-Agent header; the component's version when not set.
     */
    public void setApplicationVersion(String applicationVersion) {
        this.applicationVersion = applicationVersion;
    }

    public MwsResultFormat getResultFormat() {
        return resultFormat;
    }

    /**
     * What the producer returns for an XML answer: object, the JAXB object of the operation's Result where the
     * component models the operation (else the XML as a String); or xml, the response XML as a String.
     */
    public void setResultFormat(MwsResultFormat resultFormat) {
        this.resultFormat = resultFormat;
    }

    public boolean isPaginate() {
        return paginate;
    }

    /**
     * Producer: follow NextToken through every page of a listing and return all records as one result.
     */
    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public boolean isThrottling() {
        return throttling;
    }

    /**
     * Pace requests by the published quota of each operation's bucket (learning from the x-mws-quota headers), so
     * that requests wait for their turn instead of being throttled. false sends at once and lets MWS answer
     * RequestThrottled.
     */
    public void setThrottling(boolean throttling) {
        this.throttling = throttling;
    }

    public long getMaxThrottleWait() {
        return maxThrottleWait;
    }

    /**
     * The longest a request waits for its throttling bucket (or for an hourly quota to reset) before failing with
     * MwsThrottledException.
     */
    public void setMaxThrottleWait(long maxThrottleWait) {
        this.maxThrottleWait = maxThrottleWait;
    }

    public Map<String, Object> getBuckets() {
        return buckets;
    }

    /**
     * Overrides of the published throttling quotas, as buckets.<action or bucket>.<field>: maxQuota, restoreAmount,
     * restorePeriod (a duration) or hourlyQuota, e.g. buckets.ListOrders.maxQuota=12 or
     * buckets.Orders.ListOrderItems.restorePeriod=1s. Use them for a seller whose quotas Amazon raised; the
     * x-mws-quota headers correct hourly quotas by themselves.
     */
    public void setBuckets(Map<String, Object> buckets) {
        this.buckets = buckets;
    }

    public double getTimeScale() {
        return timeScale;
    }

    /**
     * How many times faster than MWS the server's time runs: restore periods, hourly quota windows and the two-minute
     * lag of the Orders and Finances listings are divided by it. 1 for MWS; the simulator's time scale when testing
     * against a time-scaled simulator (e.g. 600: a one-minute restore takes 100 ms).
     */
    public void setTimeScale(double timeScale) {
        this.timeScale = timeScale;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to the MWS host to be established.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getSocketTimeout() {
        return socketTimeout;
    }

    /**
     * How long to wait for data on an open connection (the answer, or the next bytes of a download) before giving up.
     */
    public void setSocketTimeout(long socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a request is sent again after HTTP 500 InternalError, 503 ServiceUnavailable or an I/O error; 0
     * disables retries. A SubmitFeed is never sent again once its body may have reached the server.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getRetryBackoff() {
        return retryBackoff;
    }

    /**
     * The delays before the 1st, 2nd, ... retry, comma separated (e.g. 1s,4s,10s,30s or 200,500); the last one repeats
     * when maxRetries is larger than the list.
     */
    public void setRetryBackoff(String retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public double getRetryJitter() {
        return retryJitter;
    }

    /**
     * The random spread of each retry delay, as a fraction (0.2: each delay varies by up to 20 percent either way), so
     * that many clients do not retry at the same instant; 0 disables it.
     */
    public void setRetryJitter(double retryJitter) {
        this.retryJitter = retryJitter;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest XML answer, in bytes, read into memory; a larger one fails with MwsException. Reports and feed
     * processing results are streamed and not limited by it.
     */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Consumer: where the checkpoints (one per seller: where the next polling window starts) are kept, as a Camel
     * StateRepository. In memory when not set: a restarted JVM then starts again from initialStart. To keep them, use
     * Camel's FileStateRepository (FileStateRepository.fileStateRepository(file)) or the component's
     * JdbcStateRepository on a DataSource (org.apache.camel.component.mws.state).
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getInitialStart() {
        return initialStart;
    }

    /**
     * Consumer: how far back the first poll reaches when no checkpoint is stored: an ISO 8601 instant
     * (2024-01-01T00:00:00Z) or a duration back from now (P1D, PT6H).
     */
    public void setInitialStart(String initialStart) {
        this.initialStart = initialStart;
    }

    public boolean isIncludeOrderItems() {
        return includeOrderItems;
    }

    /**
     * Consumer of Orders/ListOrders: also fetch each order's items (ListOrderItems) and add them to the exchange.
     */
    public void setIncludeOrderItems(boolean includeOrderItems) {
        this.includeOrderItems = includeOrderItems;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * Consumer: the most exchanges one poll emits; 0 or negative for no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getSellerIds() {
        return sellerIds;
    }

    /**
     * Consumer: several sellers polled by one endpoint, comma separated; each has its own checkpoint and its own
     * throttling buckets, and the polls serve them in turn. Replaces sellerId for the consumer.
     */
    public void setSellerIds(String sellerIds) {
        this.sellerIds = sellerIds;
    }

    public String getMwsAuthTokens() {
        return mwsAuthTokens;
    }

    /**
     * Consumer with sellerIds: the MWSAuthToken of each seller, comma separated in the order of sellerIds (an empty
     * entry for a seller using the developer's own keys); masked like mwsAuthToken.
     */
    public void setMwsAuthTokens(String mwsAuthTokens) {
        this.mwsAuthTokens = mwsAuthTokens;
    }

    public long getWindowLag() {
        return windowLag;
    }

    /**
     * Consumer: how far behind now a polling window ends (finances, inventory and feed submission listings), so that
     * records MWS is still writing when the window is listed are not skipped; at least 2 minutes for
     * ListFinancialEvents. Orders/ListOrders ends its windows where MWS says instead.
     */
    public void setWindowLag(long windowLag) {
        this.windowLag = windowLag;
    }

    public int getMaxListingRestarts() {
        return maxListingRestarts;
    }

    /**
     * How many times a listing is started again from its first request when MWS answers NextTokenCorrupted (also what
     * an expired token gives): the producer with paginate=true throws away the pages it had, a consumer skips the
     * records it already listed. 0 fails at once. Once the restarts are spent the producer fails, and a consumer
     * narrows its window: it lists, delivers and checkpoints the earlier half first, then the rest.
     */
    public void setMaxListingRestarts(int maxListingRestarts) {
        this.maxListingRestarts = maxListingRestarts;
    }

    public String getReportType() {
        return reportType;
    }

    /**
     * The ReportType to request with Reports/RequestReport, e.g. _GET_MERCHANT_LISTINGS_DATA_.
     */
    public void setReportType(String reportType) {
        this.reportType = reportType;
    }

    public String getReportTypes() {
        return reportTypes;
    }

    /**
     * Consumer of Reports/GetReportList: the report types to pick up, comma separated (ReportTypeList.Type.N), e.g.
     * _GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_; all types when not set.
     */
    public void setReportTypes(String reportTypes) {
        this.reportTypes = reportTypes;
    }

    public boolean isAwaitReport() {
        return awaitReport;
    }

    /**
     * Reports/RequestReport: wait until the report is done (polling GetReportRequestList every awaitInterval, within
     * its quota, for up to awaitTimeout) and return the report itself, downloaded like GetReport, instead of the
     * RequestReportResult. _DONE_NO_DATA_ gives an empty body (CamelMwsProcessingStatus says so), _CANCELLED_ an
     * MwsProcessingCancelledException, the timeout an MwsProcessingTimeoutException. The calling thread waits.
     */
    public void setAwaitReport(boolean awaitReport) {
        this.awaitReport = awaitReport;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    /**
     * How long awaitReport and awaitResult wait for MWS to finish processing before failing.
     */
    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public long getAwaitInterval() {
        return awaitInterval;
    }

    /**
     * How long awaitReport and awaitResult wait between two status requests (GetReportRequestList,
     * GetFeedSubmissionList). With throttling on, the requests are also paced by their bucket, so a short interval
     * never gets them throttled, it only spends the bucket sooner.
     */
    public void setAwaitInterval(long awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public boolean isAcknowledge() {
        return acknowledge;
    }

    /**
     * Consumer of Reports/GetReportList: pick up only unacknowledged reports and acknowledge each one
     * (UpdateReportAcknowledgements, batched up to 100) once its exchange completed; a failed exchange leaves the
     * report unacknowledged, so a later poll emits it again. Without it the consumer keeps a checkpoint (AvailableDate
     * and ReportId) in the stateRepository, starting from initialStart.
     */
    public void setAcknowledge(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    public boolean isDownloadReports() {
        return downloadReports;
    }

    /**
     * Consumer of Reports/GetReportList: download each report (as GetReport does: spooled, MD5-verified, decoded as
     * the report options say) and make it the body; false emits only the ReportInfo.
     */
    public void setDownloadReports(boolean downloadReports) {
        this.downloadReports = downloadReports;
    }

    public String getSpoolDirectory() {
        return spoolDirectory;
    }

    /**
     * The directory reports, feed processing results and non-file feeds are spooled to (the JVM's temporary
     * directory when not set).
     */
    public void setSpoolDirectory(String spoolDirectory) {
        this.spoolDirectory = spoolDirectory;
    }

    public MwsReportOutput getReportOutput() {
        return reportOutput;
    }

    /**
     * How a downloaded report or feed processing result is handed over: stream, an InputStream over the spooled file
     * (deleted when closed); file, the spooled java.io.File (the route deletes it); or rows, a ReportRows iterator of
     * a flat-file report, one Map per row keyed by the header line (for split(body()).streaming()).
     */
    public void setReportOutput(MwsReportOutput reportOutput) {
        this.reportOutput = reportOutput;
    }

    public String getReportCharset() {
        return reportCharset;
    }

    /**
     * The charset of downloaded reports, overriding the Content-Type's (which falls back to windows-1252, windows-31j
     * for Japan, when absent).
     */
    public void setReportCharset(String reportCharset) {
        this.reportCharset = reportCharset;
    }

    public boolean isDecodeReport() {
        return decodeReport;
    }

    /**
     * Hand reports over as text transcoded to UTF-8 from their charset (see reportCharset) instead of the bytes as
     * MWS sent them; the transcoding happens while the report is downloaded, the Content-MD5 is checked on the bytes
     * received.
     */
    public void setDecodeReport(boolean decodeReport) {
        this.decodeReport = decodeReport;
    }

    public int getMaxDownloadRetries() {
        return maxDownloadRetries;
    }

    /**
     * How many times a report or feed processing result is downloaded again when the download does not match its
     * Content-MD5 (a corrupted download, discarded) or the connection broke in the middle of it; after that the
     * exchange fails with MwsContentMd5MismatchException (or the MwsException of the broken connection).
     */
    public void setMaxDownloadRetries(int maxDownloadRetries) {
        this.maxDownloadRetries = maxDownloadRetries;
    }

    public String getFeedType() {
        return feedType;
    }

    /**
     * The FeedType of Feeds/SubmitFeed, e.g. _POST_INVENTORY_AVAILABILITY_DATA_.
     */
    public void setFeedType(String feedType) {
        this.feedType = feedType;
    }

    public String getFeedContentType() {
        return feedContentType;
    }

    /**
     * The Content-Type of submitted feeds; by default text/xml for XML feeds and text/tab-separated-values with
     * charset iso-8859-1 (Shift_JIS for Japan) for flat files.
     */
    public void setFeedContentType(String feedContentType) {
        this.feedContentType = feedContentType;
    }

    public boolean isAwaitResult() {
        return awaitResult;
    }

    /**
     * Feeds/SubmitFeed: wait until the feed is processed (polling GetFeedSubmissionList every awaitInterval, for up to
     * awaitTimeout), download its processing report (GetFeedSubmissionResult, MD5-checked) and return it as a
     * ProcessingReport (summary counts, one Result per error or warning with its message id, code, description and
     * SKU; flat-file summaries are read into the same form) instead of the SubmitFeedResult. The FeedSubmissionId is
     * in the CamelMwsFeedSubmissionId header as soon as MWS accepted the feed; a redelivered exchange awaits the same
     * submission and never submits the feed again. The calling thread waits.
     */
    public void setAwaitResult(boolean awaitResult) {
        this.awaitResult = awaitResult;
    }

    public boolean isFailOnFeedErrors() {
        return failOnFeedErrors;
    }

    /**
     * With awaitResult: fail the exchange with MwsFeedProcessingException (carrying the processing report) when the
     * report counts messages with errors. The body is the report either way.
     */
    public void setFailOnFeedErrors(boolean failOnFeedErrors) {
        this.failOnFeedErrors = failOnFeedErrors;
    }

    @Override
    public String toString() {
        return "MwsConfiguration[accessKeyId=" + accessKeyId + ", sellerId=" + sellerId + ", marketplace=" + marketplace
               + ", endpoint=" + endpoint + ", secretKey=" + (secretKey != null ? "***" : null)
               + ", mwsAuthToken=" + (mwsAuthToken != null ? "***" : null) + "]";
    }
}
