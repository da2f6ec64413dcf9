package org.apache.camel.component.mws;

/**
 * A body and its MD5 disagree: MWS rejected a feed ({@code ContentMD5Missing}, {@code ContentMD5DoesNotMatch}), or a
 * downloaded report or processing result does not match its {@code Content-MD5} header (a corrupted download:
 * discard it and fetch again).
 */
public class MwsContentMd5MismatchException extends MwsException {

    private static final long serialVersionUID = 1L;

    private final String expectedMd5;
    private final String actualMd5;

    public MwsContentMd5MismatchException(String message, MwsError error, String expectedMd5, String actualMd5) {
        super(message, error, null);
        this.expectedMd5 = expectedMd5;
        this.actualMd5 = actualMd5;
    }

    /**
     * @return the Base64 MD5 announced (by the server for a download), or null when MWS rejected a feed
     */
    public String getExpectedMd5() {
        return expectedMd5;
    }

    /**
     * @return the Base64 MD5 of the bytes received, or null when MWS rejected a feed
     */
    public String getActualMd5() {
        return actualMd5;
    }
}
