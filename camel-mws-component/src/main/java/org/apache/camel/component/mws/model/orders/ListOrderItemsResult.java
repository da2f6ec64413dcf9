package org.apache.camel.component.mws.model.orders;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListOrderItems and ListOrderItemsByNextToken: a page of the items of one order.
 */
public class ListOrderItemsResult extends ListingResult<OrderItem> {

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;

    @XmlElementWrapper(name = "OrderItems")
    @XmlElement(name = "OrderItem")
    private List<OrderItem> orderItems;

    public String getAmazonOrderId() {
        return amazonOrderId;
    }

    public void setAmazonOrderId(String amazonOrderId) {
        this.amazonOrderId = amazonOrderId;
    }

    /**
     * @return the OrderItem elements of OrderItems, a live list (never null)
     */
    public List<OrderItem> getOrderItems() {
        if (orderItems == null) {
            orderItems = new ArrayList<>();
        }
        return orderItems;
    }

    @Override
    public List<OrderItem> records() {
        return getOrderItems();
    }

    @Override
    public String toString() {
        return "ListOrderItemsResult["
               + "AmazonOrderId=" + amazonOrderId
               + ", " + pagingToString() + "]";
    }
}
