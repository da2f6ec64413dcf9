package org.apache.camel.component.mws.signing;

/**
 * A canonical query and its Signature.
 *
 * @param canonicalQuery the sorted, RFC 3986 encoded parameters (without Signature)
 * @param signature      the Base64 signature, unencoded
 */
public record SignedQuery(String canonicalQuery, String signature) {

    /**
     * @return the complete encoded parameter string: the canonical query followed by {@code &Signature=...}; the POST
     *         body, or the query string of SubmitFeed
     */
    public String encoded() {
        return canonicalQuery + "&" + SignatureV2.SIGNATURE + "=" + Rfc3986.encode(signature);
    }

    @Override
    public String toString() {
        return "SignedQuery[Signature=***]";
    }
}
