package org.apache.camel.mws.simulator.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.apache.camel.mws.simulator.spi.SellerAccount;

/**
 * The simulated identities: sellers, the developer account each seller uses itself, and one third-party
 * developer every seller authorized through an MWSAuthToken. Generated deterministically from a seed.
 */
public final class Accounts {

    /** Home marketplaces in turn (first seller US), and the extra marketplaces a multi-marketplace seller adds. */
    private static final String US = "ATVPDKIKX0DER";
    private static final String DE = "A1PA6795UKMFR9";
    private static final String JP = "A1VC38T7YXB528";
    private static final String[] HOMES = { US, DE, JP };
    private static final Map<String, String[]> REGIONAL_EXTRAS = Map.of(
            US, new String[] { "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8" },          // CA, MX
            DE, new String[] { "A1F83G8C2ARO7P", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4", "A1RKKUPIHCS9HS" }, // UK FR IT ES
            JP, new String[] { "A39IBJ37TRP1C6" });                           // AU
    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final List<SellerAccount> sellers;
    private final Map<String, DeveloperAccount> ownDevelopers;  // seller id -> its own developer
    private final DeveloperAccount thirdParty;
    private final Map<String, String> authTokens;               // seller id -> token granted to the third party
    private final Map<String, DeveloperAccount> byAccessKey;

    private Accounts(List<SellerAccount> sellers, Map<String, DeveloperAccount> ownDevelopers,
            DeveloperAccount thirdParty, Map<String, String> authTokens) {
        this.sellers = List.copyOf(sellers);
        this.ownDevelopers = Collections.unmodifiableMap(ownDevelopers);
        this.thirdParty = thirdParty;
        this.authTokens = Collections.unmodifiableMap(authTokens);
        Map<String, DeveloperAccount> keys = new LinkedHashMap<>();
        for (DeveloperAccount d : ownDevelopers.values()) {
            keys.put(d.accessKeyId(), d);
        }
        keys.put(thirdParty.accessKeyId(), thirdParty);
        this.byAccessKey = Collections.unmodifiableMap(keys);
    }

    /**
     * Generates {@code sellerCount} sellers with their own developers, and the third-party developer.
     *
     * @param seed        the seed every value derives from
     * @param sellerCount number of sellers (at least 1)
     * @param first       fixed credentials of the first seller and its developer; null values are generated
     */
    public static Accounts generate(long seed, int sellerCount, FixedCredentials first) {
        if (sellerCount < 1) {
            throw new IllegalArgumentException("At least one seller is needed, got " + sellerCount);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDACC0L);
        List<SellerAccount> sellers = new ArrayList<>();
        Map<String, DeveloperAccount> own = new LinkedHashMap<>();
        for (int i = 0; i < sellerCount; i++) {
            String sellerId = "A" + chars(random, UPPER_DIGITS, 13);
            String accessKey = "AKIA" + chars(random, UPPER_DIGITS, 16);
            String secret = chars(random, SECRET_CHARS, 40);
            if (i == 0 && first != null) {
                sellerId = first.sellerId() != null ? first.sellerId() : sellerId;
                accessKey = first.accessKeyId() != null ? first.accessKeyId() : accessKey;
                secret = first.secretKey() != null ? first.secretKey() : secret;
            }
            if (own.containsKey(sellerId)) {
                throw new IllegalArgumentException("Duplicate seller id " + sellerId);
            }
            sellers.add(new SellerAccount(sellerId, marketplacesOf(i, random)));
            own.put(sellerId, new DeveloperAccount("developer of " + sellerId, accessKey, secret));
        }
        DeveloperAccount third = new DeveloperAccount("third-party developer", "AKIA" + chars(random, UPPER_DIGITS, 16),
                chars(random, SECRET_CHARS, 40));
        Map<String, String> tokens = new LinkedHashMap<>();
        for (SellerAccount s : sellers) {
            tokens.put(s.sellerId(), "amzn.mws." + new UUID(random.nextLong(), random.nextLong()));
        }
        Accounts accounts = new Accounts(sellers, own, third, tokens);
        if (accounts.byAccessKey.size() != sellerCount + 1) {
            throw new IllegalArgumentException("The fixed access key id collides with a generated one");
        }
        return accounts;
    }

    private static List<String> marketplacesOf(int index, SplittableRandom random) {
        String home = HOMES[index % HOMES.length];
        List<String> ids = new ArrayList<>();
        ids.add(home);
        // about a third of the sellers (never the first) also sell in other marketplaces of their region
        if (index > 0 && random.nextInt(3) == 0) {
            String[] extras = REGIONAL_EXTRAS.get(home);
            int n = 1 + random.nextInt(extras.length);
            for (int k = 0; k < n; k++) {
                ids.add(extras[k]);
            }
        }
        return ids;
    }

    private static String chars(SplittableRandom random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public List<SellerAccount> sellers() {
        return sellers;
    }

    /** The first seller (the one fixed credentials apply to). */
    public SellerAccount firstSeller() {
        return sellers.get(0);
    }

    public Optional<SellerAccount> seller(String sellerId) {
        return sellers.stream().filter(s -> s.sellerId().equals(sellerId)).findFirst();
    }

    /** The developer account the seller uses itself (no MWSAuthToken needed). */
    public DeveloperAccount developerOf(String sellerId) {
        DeveloperAccount d = ownDevelopers.get(sellerId);
        if (d == null) {
            throw new IllegalArgumentException("Unknown seller " + sellerId);
        }
        return d;
    }

    /** The developer that every seller authorized through an MWSAuthToken. */
    public DeveloperAccount thirdPartyDeveloper() {
        return thirdParty;
    }

    /** The MWSAuthToken the seller granted to the third-party developer. */
    public String authToken(String sellerId) {
        String t = authTokens.get(sellerId);
        if (t == null) {
            throw new IllegalArgumentException("Unknown seller " + sellerId);
        }
        return t;
    }

    public List<DeveloperAccount> developers() {
        return List.copyOf(byAccessKey.values());
    }

    public Optional<DeveloperAccount> developerByAccessKey(String accessKeyId) {
        return Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    /**
     * Whether {@code developer} may act for {@code sellerId}: a seller's own developer may, and any MWSAuthToken it
     * sends is ignored (published clients send one even when none is configured: the typed Node SDK sends the text
     * "undefined"); any other developer needs the token that seller granted it.
     */
    public Authorization authorize(DeveloperAccount developer, String sellerId, String mwsAuthToken) {
        if (!ownDevelopers.containsKey(sellerId)) {
            return Authorization.UNKNOWN_SELLER;
        }
        boolean hasToken = mwsAuthToken != null && !mwsAuthToken.isEmpty();
        if (developer.equals(ownDevelopers.get(sellerId))) {
            return Authorization.GRANTED;
        }
        if (!hasToken) {
            return Authorization.TOKEN_MISSING;
        }
        if (developer.equals(thirdParty) && constantTimeEquals(authTokens.get(sellerId), mwsAuthToken)) {
            return Authorization.GRANTED;
        }
        return Authorization.TOKEN_INVALID;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The outcome of {@link #authorize}. */
    public enum Authorization {
        GRANTED,
        UNKNOWN_SELLER,
        TOKEN_MISSING,
        TOKEN_INVALID
    }

    /**
     * Fixed credentials of the first seller and its own developer; any null component is generated.
     *
     * @param accessKeyId access key id (20 characters in MWS; any non-empty value accepted)
     * @param secretKey   secret key
     * @param sellerId    seller id
     */
    public record FixedCredentials(String accessKeyId, String secretKey, String sellerId) {

        @Override
        public String toString() {
            return "FixedCredentials[accessKeyId=" + accessKeyId + ", sellerId=" + sellerId + ", secretKey="
                    + (secretKey == null ? "null" : "***") + "]";
        }

        /** Whether anything is fixed at all. */
        public boolean isEmpty() {
            return accessKeyId == null && secretKey == null && sellerId == null;
        }
    }
}
