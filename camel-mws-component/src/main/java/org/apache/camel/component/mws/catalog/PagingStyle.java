package org.apache.camel.component.mws.catalog;

/**
 * How a listing operation tells that more records follow (REFERENCE.md section 7).
 */
public enum PagingStyle {

    /** Not a listing: a single answer. */
    NONE,
    /** NextToken only: a response with a NextToken has more; none means the last page. */
    NT,
    /** NextToken plus HasNext (Reports and Feeds lists): continue until HasNext is false. */
    HN,
    /**
     * NextToken plus MoreResultsAvailable (Customer Information): false means "nothing more now", more may come later.
     */
    MRA;

    static PagingStyle fromColumn(String value) {
        return value == null || value.isBlank() ? NONE : valueOf(value.trim());
    }
}
