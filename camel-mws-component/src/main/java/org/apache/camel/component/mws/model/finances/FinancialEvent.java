package org.apache.camel.component.mws.model.finances;

import java.time.Instant;
import java.util.Objects;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.apache.camel.component.mws.model.MwsRecord;
import org.apache.camel.component.mws.xml.MwsDateTimes;

/**
 * One financial event of a ListFinancialEvents page, as a record of its own: the event type (the list name without
 * {@code List}: {@code ShipmentEvent}, {@code RefundEvent}, {@code ServiceFeeEvent}, {@code AdjustmentEvent},
 * {@code RetrochargeEvent}, ...) and the event, either a typed model ({@link ShipmentEvent},
 * {@link ServiceFeeEvent}, {@link AdjustmentEvent}) or, for kinds this model has no class for, the DOM element.
 */
public final class FinancialEvent implements MwsRecord {

    private final String eventListName;
    private final Object event;

    public FinancialEvent(String eventListName, Object event) {
        this.eventListName = Objects.requireNonNull(eventListName, "eventListName");
        this.event = Objects.requireNonNull(event, "event");
    }

    /**
     * @return the list the event came from, e.g. {@code RefundEventList}
     */
    public String getEventListName() {
        return eventListName;
    }

    /**
     * @return the kind of event, e.g. {@code RefundEvent} for an event of {@code RefundEventList}
     */
    public String getEventType() {
        return eventListName.endsWith("List")
                ? eventListName.substring(0, eventListName.length() - 4) : eventListName;
    }

    /**
     * @return the event: a {@link ShipmentEvent}, {@link ServiceFeeEvent}, {@link AdjustmentEvent} or a DOM
     *         {@link Element}
     */
    public Object getEvent() {
        return event;
    }

    /**
     * @return the event as that type, or null when it is of another type
     */
    public <T> T getEvent(Class<T> type) {
        return type.isInstance(event) ? type.cast(event) : null;
    }

    /**
     * @return whether the event is a typed model rather than a DOM element
     */
    public boolean isModelled() {
        return !(event instanceof Element);
    }

    /**
     * @return the event's PostedDate, or null when it has none (service fee events)
     */
    public Instant getPostedDate() {
        if (event instanceof ShipmentEvent e) {
            return e.getPostedDate();
        }
        if (event instanceof AdjustmentEvent e) {
            return e.getPostedDate();
        }
        if (event instanceof Element e) {
            String text = childText(e, "PostedDate");
            try {
                return MwsDateTimes.parse(text);
            } catch (IllegalArgumentException ex) {
                return null; // an unmodelled event with an odd date must not break the listing
            }
        }
        return null;
    }

    /**
     * @return the AmazonOrderId the event is about, or null
     */
    public String getAmazonOrderId() {
        if (event instanceof ShipmentEvent e) {
            return e.getAmazonOrderId();
        }
        if (event instanceof ServiceFeeEvent e) {
            return e.getAmazonOrderId();
        }
        if (event instanceof Element e) {
            return childText(e, "AmazonOrderId");
        }
        return null;
    }

    /**
     * Financial events carry no id of their own: this one is built from what tells events apart (type, order, date,
     * the items or fees concerned; for unmodelled events a hash of their content). Two identical events of one
     * listing get the same id, so code that skips already delivered events should count ids, not only collect them.
     */
    @Override
    public String recordId() {
        StringBuilder id = new StringBuilder(getEventType()).append('/').append(getAmazonOrderId()).append('/')
                .append(getPostedDate());
        if (event instanceof ShipmentEvent e) {
            for (ShipmentItem item : e.getShipmentItemList()) {
                id.append('/').append(item.getOrderItemId());
            }
            for (ShipmentItem item : e.getShipmentItemAdjustmentList()) {
                id.append('/').append(item.getOrderAdjustmentItemId());
            }
        } else if (event instanceof ServiceFeeEvent e) {
            id.append('/').append(e.getFeeReason()).append('/').append(e.getSellerSKU()).append('/').append(e.getASIN());
            for (FeeComponent fee : e.getFeeList()) {
                id.append('/').append(fee.getFeeType()).append('=').append(fee.getFeeAmount());
            }
        } else if (event instanceof AdjustmentEvent e) {
            id.append('/').append(e.getAdjustmentType()).append('/').append(e.getAdjustmentAmount());
        } else if (event instanceof Element e) {
            id.append('/').append(Integer.toHexString(e.getTextContent().replaceAll("\\s+", " ").strip().hashCode()));
        }
        return id.toString();
    }

    static String localName(Node node) {
        String name = node.getLocalName();
        return name != null ? name : node.getNodeName();
    }

    private static String childText(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && name.equals(localName(child))) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        String orderId = getAmazonOrderId();
        Instant posted = getPostedDate();
        return "FinancialEvent[" + getEventType() + (orderId != null ? ", AmazonOrderId=" + orderId : "")
               + (posted != null ? ", PostedDate=" + posted : "") + "]";
    }
}
