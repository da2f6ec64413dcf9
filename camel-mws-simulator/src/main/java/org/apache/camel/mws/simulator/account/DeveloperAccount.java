package org.apache.camel.mws.simulator.account;

/**
 * A developer account: the Access Key ID travels in requests, the Secret Key signs them.
 *
 * @param name        a label for logs and reports (e.g. {@code developer-of-A1B2C3...} or {@code third-party})
 * @param accessKeyId 20-character access key id
 * @param secretKey   40-character secret key; never printed by {@link #toString()}
 */
public record DeveloperAccount(String name, String accessKeyId, String secretKey) {

    @Override
    public String toString() {
        return "DeveloperAccount[name=" + name + ", accessKeyId=" + accessKeyId + ", secretKey=***]";
    }
}
