/**
 * Client-side throttling: a leaky bucket per (endpoint host, seller, access key, bucket) with MWS's burst, restore
 * rate, per-item cost and hourly quota, learning from the {@code x-mws-quota-*} headers and from RequestThrottled
 * and QuotaExceeded answers. {@link org.apache.camel.component.mws.throttle.RequestThrottler} is what the transport
 * and consumers call; the state lives behind {@link org.apache.camel.component.mws.throttle.ThrottleStore}, in memory
 * by default.
 */
package org.apache.camel.component.mws.throttle;
