package org.apache.camel.component.mws;

/**
 * The request was throttled: MWS answered {@code RequestThrottled} (the operation's bucket is empty), or the client-side pacing could not get a permit within {@code maxThrottleWait}. Wait for the bucket to restore before sending again.
 */
public class MwsThrottledException extends MwsException {

    private static final long serialVersionUID = 1L;

    public MwsThrottledException(String message, MwsError error, Throwable cause) {
        super(message, error, cause);
    }

    public MwsThrottledException(String message, MwsError error) {
        super(message, error, null);
    }
}
