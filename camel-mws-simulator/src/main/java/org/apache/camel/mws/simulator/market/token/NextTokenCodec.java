package org.apache.camel.mws.simulator.market.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.mws.simulator.spi.SimException;

/**
 * Opaque NextTokens. The listing state (query and position) is encrypted (AES-CTR) and authenticated
 * (HMAC-SHA256 over seller, listing kind and state, which also serves as the IV), then Base64-encoded with the
 * standard alphabet - so tokens carry {@code + / =} as MWS tokens did, and a client that does not encode them
 * properly breaks here as it broke against Amazon. A token altered, expired, used by another seller or with
 * another listing operation is {@code NextTokenCorrupted}.
 */
public final class NextTokenCodec {

    /** Encodes as "+/+/": every token visibly needs RFC 3986 encoding. */
    private static final byte[] MAGIC = { (byte) 0xFB, (byte) 0xFF, (byte) 0xBF };
    private static final int TAG = 16;
    private static final byte VERSION = 1;

    private final SecretKeySpec macKey;
    private final SecretKeySpec encKey;

    public NextTokenCodec(long seed, long epoch) {
        byte[] root;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            root = sha.digest(("camel-mws-simulator/next-token/" + seed + "/" + epoch)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        macKey = new SecretKeySpec(Arrays.copyOfRange(root, 0, 16), "HmacSHA256");
        encKey = new SecretKeySpec(Arrays.copyOfRange(root, 16, 32), "AES");
    }

    /**
     * Makes a token.
     *
     * @param sellerId the seller it is bound to
     * @param kind     the listing it continues (one of {@link TokenKind})
     * @param state    the listing state
     * @param expiry   epoch ms after which it is refused
     */
    public String encode(String sellerId, TokenKind kind, byte[] state, long expiry) {
        // plaintext: padCount, version, expiry, state, pad; padded so the Base64 always ends with "=="
        int unpadded = MAGIC.length + TAG + 1 + 1 + 8 + state.length;
        int pad = (1 - unpadded % 3 + 3) % 3;
        ByteBuffer plain = ByteBuffer.allocate(1 + 1 + 8 + state.length + pad);
        plain.put((byte) pad).put(VERSION).putLong(expiry).put(state);
        byte[] p = plain.array();
        byte[] tag = mac(sellerId, kind, p);
        byte[] cipher = crypt(Cipher.ENCRYPT_MODE, tag, p);
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + TAG + cipher.length);
        out.put(MAGIC).put(tag).put(cipher);
        return Base64.getEncoder().encodeToString(out.array());
    }

    /**
     * Opens a token and returns its state.
     *
     * @throws SimException NextTokenCorrupted when the token is not one this server made for that seller and
     *                      listing, or has expired at {@code now}
     */
    public byte[] decode(String sellerId, TokenKind kind, String token, long now) {
        if (token == null || token.isEmpty()) {
            throw SimException.missingParameter("NextToken");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token.trim());
        } catch (IllegalArgumentException e) {
            throw corrupted("The NextToken is not a valid token.");
        }
        if (raw.length < MAGIC.length + TAG + 10 || !Arrays.equals(Arrays.copyOf(raw, MAGIC.length), MAGIC)) {
            throw corrupted("The NextToken is not a valid token.");
        }
        byte[] tag = Arrays.copyOfRange(raw, MAGIC.length, MAGIC.length + TAG);
        byte[] p = crypt(Cipher.DECRYPT_MODE, tag, Arrays.copyOfRange(raw, MAGIC.length + TAG, raw.length));
        if (!MessageDigest.isEqual(tag, mac(sellerId, kind, p))) {
            throw corrupted("The NextToken is not valid for this seller and operation.");
        }
        ByteBuffer b = ByteBuffer.wrap(p);
        int pad = b.get();
        if (b.get() != VERSION) {
            throw corrupted("The NextToken is not a valid token.");
        }
        long expiry = b.getLong();
        if (now > expiry) {
            throw corrupted("The NextToken has expired; restart the listing from the original operation.");
        }
        return Arrays.copyOfRange(p, 10, p.length - pad);
    }

    private static SimException corrupted(String message) {
        return new SimException(400, "Sender", "NextTokenCorrupted", message);
    }

    private byte[] mac(String sellerId, TokenKind kind, byte[] plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            mac.update(sellerId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update((byte) kind.ordinal());
            return Arrays.copyOf(mac.doFinal(plain), TAG);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] crypt(int mode, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, encKey, new IvParameterSpec(iv));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is not available", e);
        }
    }
}
