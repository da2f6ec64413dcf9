package org.apache.camel.component.mws.signing;

/**
 * The HMAC algorithms MWS accepts for Signature Version 2; the constant name is also the {@code SignatureMethod}
 * request parameter and the JCA algorithm name.
 */
public enum SignatureMethod {

    /** HMAC with SHA-256, the one Amazon recommends. */
    HmacSHA256,
    /** HMAC with SHA-1, still accepted. */
    HmacSHA1
}
