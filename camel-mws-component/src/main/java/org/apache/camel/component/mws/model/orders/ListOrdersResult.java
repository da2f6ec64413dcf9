package org.apache.camel.component.mws.model.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListOrders and ListOrdersByNextToken: a page of orders, the NextToken, and the CreatedBefore or
 * LastUpdatedBefore the server used as the end of the window (an incremental sync starts its next window there).
 */
public class ListOrdersResult extends ListingResult<Order> {

    @XmlElement(name = "CreatedBefore")
    private Instant createdBefore;

    @XmlElement(name = "LastUpdatedBefore")
    private Instant lastUpdatedBefore;

    @XmlElementWrapper(name = "Orders")
    @XmlElement(name = "Order")
    private List<Order> orders;

    public Instant getCreatedBefore() {
        return createdBefore;
    }

    public void setCreatedBefore(Instant createdBefore) {
        this.createdBefore = createdBefore;
    }

    public Instant getLastUpdatedBefore() {
        return lastUpdatedBefore;
    }

    public void setLastUpdatedBefore(Instant lastUpdatedBefore) {
        this.lastUpdatedBefore = lastUpdatedBefore;
    }

    /**
     * @return the Order elements of Orders, a live list (never null)
     */
    public List<Order> getOrders() {
        if (orders == null) {
            orders = new ArrayList<>();
        }
        return orders;
    }

    @Override
    public List<Order> records() {
        return getOrders();
    }

    @Override
    public String toString() {
        return "ListOrdersResult["
               + "CreatedBefore=" + createdBefore
               + ", LastUpdatedBefore=" + lastUpdatedBefore
               + ", " + pagingToString() + "]";
    }
}
