package org.apache.camel.mws.simulator.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.catalog.Section;
import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * Authenticates a request as MWS did: required parameters, Signature V2 (HmacSHA256 or HmacSHA1, the host with or
 * without its port, GET or POST), Timestamp/Expires, User-Agent, Version, and whether the developer may act for
 * the seller (its own keys, or the MWSAuthToken the seller granted).
 */
final class RequestAuthenticator {

    private static final String SIGNATURE_DOES_NOT_MATCH = "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
            + "documentation for details.";

    private final Accounts accounts;
    private final UserAgentRules userAgentRules;

    RequestAuthenticator(Accounts accounts, boolean strictUserAgent) {
        this.accounts = accounts;
        this.userAgentRules = new UserAgentRules(strictUserAgent);
    }

    /** Who a request acts as, and its parameters (decoded the way its signature verified, without Signature). */
    record Authenticated(DeveloperAccount developer, SellerAccount seller, Map<String, String> params) {
    }

    Authenticated authenticate(ServerExchange ex, Section section, List<String[]> rawPairs, Instant now) {
        Map<String, String> params = decode(rawPairs, true);
        String accessKeyId = require(params, "AWSAccessKeyId");
        require(params, SignatureV2.SIGNATURE);
        String signatureVersion = require(params, "SignatureVersion");
        String signatureMethod = require(params, "SignatureMethod");
        if (!"2".equals(signatureVersion)) {
            throw MwsError.beforeSection(400, "InvalidParameterValue",
                    "Value " + signatureVersion + " for parameter SignatureVersion is invalid: only 2 is supported.");
        }
        if (!"HmacSHA256".equals(signatureMethod) && !"HmacSHA1".equals(signatureMethod)) {
            throw MwsError.beforeSection(400, "InvalidParameterValue", "Value " + signatureMethod
                    + " for parameter SignatureMethod is invalid: use HmacSHA256 or HmacSHA1.");
        }
        if (isBlank(params.get("Timestamp")) && isBlank(params.get("Expires"))) {
            throw MwsError.missing("Timestamp");
        }
        String version = require(params, "Version");
        DeveloperAccount developer = accounts.developerByAccessKey(accessKeyId).orElseThrow(
                () -> MwsError.beforeSection(403, "InvalidAccessKeyId",
                        "The AWS Access Key Id you provided does not exist in our records."));

        Map<String, String> verified = verifySignature(ex, rawPairs, params, developer, signatureMethod);

        RequestTimeRules.check(verified.get("Timestamp"), verified.get("Expires"), now);
        // browsers cannot set User-Agent: their X-Amazon-User-Agent is the one that speaks for the application
        String amazonUa = ex.header("X-Amazon-User-Agent");
        userAgentRules.check(isBlank(amazonUa) ? ex.header("User-Agent") : amazonUa);
        if (!section.version().equals(version)) {
            throw MwsError.beforeSection(400, "InvalidParameterValue", "Value " + version
                    + " for parameter Version is invalid: " + section.name() + " is version " + section.version()
                    + ".");
        }
        String sellerId = !isBlank(verified.get("SellerId")) ? verified.get("SellerId") : verified.get("Merchant");
        if (isBlank(sellerId)) {
            throw MwsError.missing(section.sellerParam());
        }
        Accounts.Authorization authorization = accounts.authorize(developer, sellerId, verified.get("MWSAuthToken"));
        if (authorization != Accounts.Authorization.GRANTED) {
            throw MwsError.beforeSection(401, "AccessDenied", accessDeniedMessage(authorization));
        }
        SellerAccount seller = accounts.seller(sellerId).orElseThrow();
        verified.remove(SignatureV2.SIGNATURE);
        return new Authenticated(developer, seller, verified);
    }

    private static String accessDeniedMessage(Accounts.Authorization a) {
        return switch (a) {
        case UNKNOWN_SELLER -> "Access denied: the seller does not exist.";
        case TOKEN_MISSING -> "Access denied: this developer is not authorized for the seller (no MWSAuthToken).";
        case TOKEN_INVALID -> "Access denied: the MWSAuthToken is not valid for this developer and seller.";
        default -> "Access denied.";
        };
    }

    /**
     * Tries every reading of the request that a real client may have signed: the host with or without its port,
     * and, when the raw parameters hold a literal {@code +}, both form decoding ({@code +} is a space) and RFC 3986
     * decoding ({@code +} is a plus: some clients leave it unencoded in NextTokens). Returns the decoding that
     * verified.
     */
    private Map<String, String> verifySignature(ServerExchange ex, List<String[]> rawPairs,
            Map<String, String> formDecoded, DeveloperAccount developer, String algorithm) {
        List<Map<String, String>> decodings = new ArrayList<>(2);
        decodings.add(formDecoded);
        if (hasLiteralPlus(rawPairs)) {
            decodings.add(decode(rawPairs, false));
        }
        Set<String> hosts = hostCandidates(ex);
        for (Map<String, String> params : decodings) {
            String signature = params.get(SignatureV2.SIGNATURE).replace(' ', '+'); // Base64 never holds a space
            for (String host : hosts) {
                byte[] expected = SignatureV2.hmac(algorithm, developer.secretKey(),
                        SignatureV2.stringToSign(ex.method(), host, ex.path(), params));
                if (SignatureV2.matches(expected, signature)) {
                    return params;
                }
            }
        }
        throw MwsError.beforeSection(403, "SignatureDoesNotMatch", SIGNATURE_DOES_NOT_MATCH);
    }

    private static Set<String> hostCandidates(ServerExchange ex) {
        Set<String> hosts = new LinkedHashSet<>(3);
        String header = ex.header("Host");
        if (isBlank(header)) {
            header = "127.0.0.1:" + ex.localPort();
        }
        header = header.trim().toLowerCase(Locale.ROOT);
        hosts.add(header);
        int colon = header.lastIndexOf(':');
        boolean hasPort = colon > 0 && header.indexOf(']') < colon; // not the colons of an IPv6 literal
        if (hasPort) {
            hosts.add(header.substring(0, colon));
        } else {
            hosts.add(header + ":" + ex.localPort());
        }
        return hosts;
    }

    private static boolean hasLiteralPlus(List<String[]> rawPairs) {
        for (String[] p : rawPairs) {
            if (p[0].indexOf('+') >= 0 || p[1].indexOf('+') >= 0) {
                return true;
            }
        }
        return false;
    }

    static Map<String, String> decode(List<String[]> rawPairs, boolean plusAsSpace) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String[] p : rawPairs) {
            params.put(FormEncoding.decode(p[0], plusAsSpace), FormEncoding.decode(p[1], plusAsSpace));
        }
        return params;
    }

    private static String require(Map<String, String> params, String name) {
        String v = params.get(name);
        if (isBlank(v)) {
            throw MwsError.missing(name);
        }
        return v;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
