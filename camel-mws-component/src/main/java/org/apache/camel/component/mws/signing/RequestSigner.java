package org.apache.camel.component.mws.signing;

import java.util.Map;

import javax.crypto.Mac;

/**
 * Signs MWS requests with one Secret Key. Thread-safe: the keyed HMAC is prepared once and cloned per signature, which
 * is much cheaper than a provider look-up and key set-up per request.
 */
public final class RequestSigner {

    private final SignatureMethod method;
    private final String secretKey;
    private final Mac prototype;
    private final boolean cloneable;

    /**
     * @param secretKey the Secret Key
     * @param method    the HMAC algorithm (also sent as {@code SignatureMethod})
     */
    public RequestSigner(String secretKey, SignatureMethod method) {
        this.method = method;
        this.secretKey = secretKey;
        this.prototype = SignatureV2.newMac(secretKey, method);
        this.cloneable = canClone(prototype);
    }

    private static boolean canClone(Mac mac) {
        try {
            mac.clone();
            return true;
        } catch (CloneNotSupportedException e) {
            return false;
        }
    }

    /**
     * @return the HMAC algorithm of this signer
     */
    public SignatureMethod method() {
        return method;
    }

    /**
     * @param  httpMethod {@code POST} or {@code GET}
     * @param  hostHeader the host as signed, see {@link SignatureV2#hostHeader(String, String, int)}
     * @param  path       the request path
     * @param  parameters every request parameter except Signature, unencoded
     * @return            the canonical query and its signature
     */
    public SignedQuery sign(String httpMethod, String hostHeader, String path, Map<String, String> parameters) {
        String query = SignatureV2.canonicalQuery(parameters);
        String signature = SignatureV2.sign(SignatureV2.stringToSign(httpMethod, hostHeader, path, query), mac());
        return new SignedQuery(query, signature);
    }

    private Mac mac() {
        if (cloneable) {
            try {
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                // checked once in the constructor; fall through to a fresh instance
            }
        }
        return SignatureV2.newMac(secretKey, method);
    }

    @Override
    public String toString() {
        return "RequestSigner[" + method + ", secretKey=***]";
    }
}
