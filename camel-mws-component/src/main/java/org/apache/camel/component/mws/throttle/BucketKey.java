package org.apache.camel.component.mws.throttle;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identifies one MWS throttling bucket. Amazon counts quotas per seller and developer account pair, per
 * operation bucket, and each endpoint host (North America, Europe, Far East, ...) keeps its own count.
 * Operations that share a bucket (e.g. {@code ListOrders} and {@code ListOrdersByNextToken}) use the same
 * {@link #bucket()} name, so they share one state. Keys are serializable values, usable as the keys of a
 * distributed map.
 *
 * @param host        the MWS endpoint host (lower case, without scheme), e.g. {@code mws.amazonservices.com}
 * @param sellerId    the seller (merchant) id the request is made for
 * @param accessKeyId the developer's AWS access key id (an identifier, not a secret)
 * @param bucket      the bucket name from the operation catalog, e.g. {@code Orders.ListOrders}
 */
public record BucketKey(String host, String sellerId, String accessKeyId, String bucket) implements Serializable {

    public BucketKey {
        Objects.requireNonNull(host, "host of the bucket key must not be null");
        Objects.requireNonNull(sellerId, "sellerId of the bucket key must not be null");
        Objects.requireNonNull(accessKeyId, "accessKeyId of the bucket key must not be null");
        Objects.requireNonNull(bucket, "bucket name of the bucket key must not be null");
    }

    /** The key of another bucket for the same host, seller and developer. */
    public BucketKey withBucket(String otherBucket) {
        return new BucketKey(host, sellerId, accessKeyId, otherBucket);
    }

    /** Names the bucket, seller and host; the access key id is left out of logs and messages. */
    @Override
    public String toString() {
        return bucket + " (seller " + sellerId + " at " + host + ")";
    }
}
