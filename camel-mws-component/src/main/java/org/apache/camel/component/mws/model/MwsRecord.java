package org.apache.camel.component.mws.model;

/**
 * A record of a listing page (an order, a report, a feed submission, ...) with an id that tells it apart from the
 * other records of the same listing, so that paging can skip what it already delivered when it must restart a
 * listing (NextTokenCorrupted).
 */
public interface MwsRecord {

    /**
     * @return the record's id within its listing, e.g. the AmazonOrderId of an order or the ReportId of a report;
     *         never null (a record missing its id field gets an id built from its other fields)
     */
    String recordId();
}
