package org.apache.camel.component.mws.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Base64 MD5 MWS uses for feeds ({@code ContentMD5Value}) and downloads ({@code Content-MD5}).
 */
public final class ContentMd5 {

    private ContentMd5() {
    }

    /**
     * @return a new MD5 digest
     */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }

    /**
     * @param  file        a file
     * @return             the Base64 MD5 of its bytes
     * @throws IOException when the file cannot be read
     */
    public static String of(Path file) throws IOException {
        MessageDigest md5 = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) != -1) {
                md5.update(buffer, 0, n);
            }
        }
        return Base64.getEncoder().encodeToString(md5.digest());
    }

    /**
     * @param  digest a digest that saw the whole body
     * @return        its Base64 value
     */
    public static String toBase64(MessageDigest digest) {
        return Base64.getEncoder().encodeToString(digest.digest());
    }
}
