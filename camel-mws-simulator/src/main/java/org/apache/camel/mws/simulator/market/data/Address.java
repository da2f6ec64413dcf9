package org.apache.camel.mws.simulator.market.data;

/** A shipping address as MWS returns it; null fields are omitted. */
public record Address(String name, String addressLine1, String addressLine2, String city, String stateOrRegion,
        String postalCode, String countryCode, String phone, String addressType) {
}
