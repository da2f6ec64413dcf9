package org.apache.camel.component.mws;

/**
 * A SubmitFeed failed after its body may have reached MWS (a connection error while or after sending it, or an HTTP
 * 500/503). The feed may have been accepted; it is never sent again automatically because a second submission is a
 * second feed. Check {@code GetFeedSubmissionList} before submitting it again.
 */
public class MwsSubmissionUncertainException extends MwsException {

    private static final long serialVersionUID = 1L;

    public MwsSubmissionUncertainException(String message, MwsError error, Throwable cause) {
        super(message, error, cause);
    }
}
