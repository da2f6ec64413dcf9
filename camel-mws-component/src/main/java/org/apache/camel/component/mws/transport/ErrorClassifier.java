package org.apache.camel.component.mws.transport;

import java.util.Locale;
import java.util.Set;

import org.apache.camel.component.mws.MwsAuthenticationException;
import org.apache.camel.component.mws.MwsBadRequestException;
import org.apache.camel.component.mws.MwsContentMd5MismatchException;
import org.apache.camel.component.mws.MwsError;
import org.apache.camel.component.mws.MwsException;
import org.apache.camel.component.mws.MwsNextTokenCorruptedException;
import org.apache.camel.component.mws.MwsQuotaExceededException;
import org.apache.camel.component.mws.MwsServiceUnavailableException;
import org.apache.camel.component.mws.MwsSubmissionUncertainException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.model.ErrorResponse;

/**
 * Turns an MWS error answer into the exception class a route can react to (REFERENCE.md section 5, errors table).
 */
final class ErrorClassifier {

    static final String REQUEST_THROTTLED = "RequestThrottled";
    static final String QUOTA_EXCEEDED = "QuotaExceeded";

    private static final Set<String> AUTHENTICATION = Set.of("AccessDenied", "InvalidAccessKeyId",
            "SignatureDoesNotMatch");
    private static final Set<String> MD5 = Set.of("ContentMD5Missing", "ContentMD5DoesNotMatch");
    private static final Set<String> UNAVAILABLE = Set.of("InternalError", "ServiceUnavailable");

    private ErrorClassifier() {
    }

    /**
     * @param  call      the failed call
     * @param  head      the answer
     * @param  error     the parsed ErrorResponse, or null when the body was none
     * @param  diagnosis what the body was when it was not an ErrorResponse (null otherwise)
     * @param  attempts  how many times the call was sent
     * @param  masker    masks secrets in texts coming from the server
     * @return           the exception for this answer
     */
    static MwsException classify(MwsCall call, MwsResponseHead head, ErrorResponse error, String diagnosis,
            int attempts, SecretMasker masker) {
        int status = head.status();
        String code = error != null ? error.getCode() : null;
        String requestId = error != null && error.getRequestId() != null ? error.getRequestId() : head.requestId();
        MwsError details = new MwsError(call.operationName(), status, error != null ? error.getType() : null, code,
                error != null ? masker.mask(error.getMessage()) : null, requestId, head.timestamp());
        String message = message(call, head, details, diagnosis, attempts);

        if (REQUEST_THROTTLED.equals(code)) {
            return new MwsThrottledException(message, details);
        }
        if (QUOTA_EXCEEDED.equals(code)) {
            return new MwsQuotaExceededException(message, details, head.quotaResetsOn());
        }
        if (code != null && AUTHENTICATION.contains(code) || status == 401 || status == 403) {
            return new MwsAuthenticationException(message, details);
        }
        if ("NextTokenCorrupted".equals(code)) {
            return new MwsNextTokenCorruptedException(message, details);
        }
        if (code != null && MD5.contains(code)) {
            return new MwsContentMd5MismatchException(message, details, null, null);
        }
        if (status == 500 || status == 503 || code != null && UNAVAILABLE.contains(code)) {
            if (call.action().isSubmitFeed() && status != 503) {
                return new MwsSubmissionUncertainException(message
                                                           + ". The feed may have been accepted: it is not sent again;"
                                                           + " check GetFeedSubmissionList before resubmitting it",
                        details, null);
            }
            return new MwsServiceUnavailableException(message, details, null, attempts);
        }
        if (status >= 400 && status < 500) {
            return new MwsBadRequestException(message, details);
        }
        return new MwsException(message, details);
    }

    /**
     * @return true when the answer says the service failed or was unavailable (HTTP 500/503 not caused by
     *         throttling): the cases worth a retry
     */
    static boolean isRetriable(MwsException e) {
        return e instanceof MwsServiceUnavailableException;
    }

    /**
     * @return true when the server refused the request's Timestamp
     */
    static boolean isTimestampRejection(MwsException e) {
        String code = e.getCode();
        if (code == null) {
            return false;
        }
        if ("RequestExpired".equals(code)) {
            return true;
        }
        String msg = e.getErrorMessage() == null ? "" : e.getErrorMessage().toLowerCase(Locale.ROOT);
        return (code.startsWith("Invalid") || "MissingParameter".equals(code) || "AccessDenied".equals(code))
                && (msg.contains("timestamp") || msg.contains("expired"));
    }

    private static String message(MwsCall call, MwsResponseHead head, MwsError details, String diagnosis,
            int attempts) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("MWS ").append(call.operationName()).append(" failed: HTTP ").append(head.status());
        if (details.code() != null) {
            sb.append(' ').append(details.code());
            if (details.type() != null) {
                sb.append(" (").append(details.type()).append(')');
            }
            if (details.message() != null && !details.message().isBlank()) {
                sb.append(": ").append(details.message().trim());
            }
        } else {
            if (!head.reason().isEmpty()) {
                sb.append(' ').append(head.reason());
            }
            sb.append(" from ").append(call.baseUri().getScheme()).append("://").append(call.host())
                    .append(call.path()).append(": ").append(diagnosis != null ? diagnosis : "no MWS ErrorResponse");
        }
        if (attempts > 1) {
            sb.append(" (after ").append(attempts).append(" attempts)");
        }
        return sb.append(details.trace()).toString();
    }
}
