package org.apache.camel.component.mws.model;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * Base of every listing {@code ...Result}: the paging fields ({@code NextToken}, and {@code HasNext} for the HN
 * style of Reports and Feeds) and the records of the page. The ByNextToken twin of an operation returns the same
 * class, so pages can be {@linkplain #append(PagedResult) merged} into one result.
 *
 * @param <R> the record type (Order, ReportInfo, ...)
 */
@XmlTransient
public abstract class ListingResult<R> implements PagedResult {

    @XmlElement(name = "NextToken")
    private String nextToken;

    @XmlElement(name = "HasNext")
    private Boolean hasNext;

    /**
     * @return the NextToken without surrounding whitespace, or null when absent or empty
     */
    @Override
    public String getNextToken() {
        if (nextToken == null) {
            return null;
        }
        String token = nextToken.strip();
        return token.isEmpty() ? null : token;
    }

    public void setNextToken(String nextToken) {
        this.nextToken = nextToken;
    }

    @Override
    public Boolean getHasNext() {
        return hasNext;
    }

    public void setHasNext(Boolean hasNext) {
        this.hasNext = hasNext;
    }

    /**
     * Whether another page can be requested: {@code HasNext=true} with a token for HN listings, a token for NT
     * listings.
     */
    public boolean hasMorePages() {
        String token = getNextToken();
        if (hasNext != null) {
            return hasNext && token != null;
        }
        return token != null;
    }

    /**
     * @return the records of this page (never null); a live list, except where the records are derived from the
     *         document's structure (ListFinancialEventsResult flattens its event lists)
     */
    @Override
    public abstract List<R> records();

    /**
     * Appends the records of the next page to this result and takes over its paging fields, so that after the
     * last page this object holds the whole listing.
     *
     * @throws IllegalArgumentException when {@code next} is a result of another kind
     */
    public final void append(PagedResult next) {
        if (next == null) {
            return;
        }
        if (next.getClass() != getClass()) {
            throw new IllegalArgumentException(
                    "cannot append a " + next.getClass().getSimpleName() + " to a " + getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        ListingResult<R> other = (ListingResult<R>) next;
        appendPage(other);
        this.nextToken = other.nextToken;
        this.hasNext = other.hasNext;
    }

    /**
     * Adds the content of a page of the same kind; the default adds its records.
     */
    protected void appendPage(ListingResult<R> next) {
        records().addAll(next.records());
    }

    /**
     * The paging fields for toString().
     */
    protected String pagingToString() {
        return "records=" + records().size() + (nextToken != null ? ", nextToken=yes" : "")
               + (hasNext != null ? ", hasNext=" + hasNext : "");
    }
}
