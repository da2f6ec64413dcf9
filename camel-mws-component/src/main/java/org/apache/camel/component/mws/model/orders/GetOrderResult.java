package org.apache.camel.component.mws.model.orders;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * The result of GetOrder: the orders asked for (up to 50), in the order the server sent them.
 */
public class GetOrderResult {

    @XmlElementWrapper(name = "Orders")
    @XmlElement(name = "Order")
    private List<Order> orders;

    /**
     * @return the Order elements of Orders, a live list (never null)
     */
    public List<Order> getOrders() {
        if (orders == null) {
            orders = new ArrayList<>();
        }
        return orders;
    }
}
