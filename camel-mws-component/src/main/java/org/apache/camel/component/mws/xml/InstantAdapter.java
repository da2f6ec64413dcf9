package org.apache.camel.component.mws.xml;

import java.time.Instant;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds MWS date-time elements to {@link Instant}, accepting {@code Z}, offsets, and values with or without
 * milliseconds (see {@link MwsDateTimes}).
 */
public final class InstantAdapter extends XmlAdapter<String, Instant> {

    @Override
    public Instant unmarshal(String value) {
        return MwsDateTimes.parse(value);
    }

    @Override
    public String marshal(Instant value) {
        return MwsDateTimes.format(value);
    }
}
