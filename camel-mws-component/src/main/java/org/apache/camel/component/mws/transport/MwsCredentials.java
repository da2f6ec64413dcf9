package org.apache.camel.component.mws.transport;

/**
 * The identities a request acts with. {@link #toString()} never shows the Secret Key or the MWSAuthToken.
 */
public final class MwsCredentials {

    private final String accessKeyId;
    private final String secretKey;
    private final String sellerId;
    private final String mwsAuthToken;

    /**
     * @param accessKeyId  the AWS Access Key ID of the developer account
     * @param secretKey    the Secret Key of the developer account
     * @param sellerId     the seller (merchant) the requests act for; may be null when every request names its own
     * @param mwsAuthToken the seller's authorization for that developer, or null when the seller uses its own keys
     */
    public MwsCredentials(String accessKeyId, String secretKey, String sellerId, String mwsAuthToken) {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            throw new IllegalArgumentException("The MWS accessKeyId is not set");
        }
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("The MWS secretKey is not set");
        }
        this.accessKeyId = accessKeyId.trim();
        this.secretKey = secretKey;
        this.sellerId = sellerId == null || sellerId.isBlank() ? null : sellerId.trim();
        this.mwsAuthToken = mwsAuthToken == null || mwsAuthToken.isBlank() ? null : mwsAuthToken.trim();
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretKey() {
        return secretKey;
    }

    public String sellerId() {
        return sellerId;
    }

    public String mwsAuthToken() {
        return mwsAuthToken;
    }

    @Override
    public String toString() {
        return "MwsCredentials[accessKeyId=" + accessKeyId + ", sellerId=" + sellerId + ", secretKey=***"
               + (mwsAuthToken != null ? ", mwsAuthToken=***" : "") + "]";
    }
}
