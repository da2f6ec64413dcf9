package org.apache.camel.component.mws.model.finances;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The FinancialEvents of ListFinancialEvents: typed lists for the common event kinds (shipment, refund, guarantee
 * claim, chargeback, service fee, adjustment) and every other event list (retrocharge, product ads payment, debt
 * recovery, ... and any Amazon added later) kept as DOM elements, so no event is lost.
 */
public class FinancialEvents {

    @XmlElementWrapper(name = "ShipmentEventList")
    @XmlElement(name = "ShipmentEvent")
    private List<ShipmentEvent> shipmentEventList;

    @XmlElementWrapper(name = "RefundEventList")
    @XmlElement(name = "ShipmentEvent")
    private List<ShipmentEvent> refundEventList;

    @XmlElementWrapper(name = "GuaranteeClaimEventList")
    @XmlElement(name = "ShipmentEvent")
    private List<ShipmentEvent> guaranteeClaimEventList;

    @XmlElementWrapper(name = "ChargebackEventList")
    @XmlElement(name = "ShipmentEvent")
    private List<ShipmentEvent> chargebackEventList;

    @XmlElementWrapper(name = "ServiceFeeEventList")
    @XmlElement(name = "ServiceFeeEvent")
    private List<ServiceFeeEvent> serviceFeeEventList;

    @XmlElementWrapper(name = "AdjustmentEventList")
    @XmlElement(name = "AdjustmentEvent")
    private List<AdjustmentEvent> adjustmentEventList;

    @XmlAnyElement
    private List<Element> otherEventLists;

    /**
     * @return the shipment events, a live list (never null)
     */
    public List<ShipmentEvent> getShipmentEventList() {
        if (shipmentEventList == null) {
            shipmentEventList = new ArrayList<>();
        }
        return shipmentEventList;
    }

    /**
     * @return the refund events (shaped as shipment events), a live list (never null)
     */
    public List<ShipmentEvent> getRefundEventList() {
        if (refundEventList == null) {
            refundEventList = new ArrayList<>();
        }
        return refundEventList;
    }

    /**
     * @return the A-to-z guarantee claim events (shaped as shipment events), a live list (never null)
     */
    public List<ShipmentEvent> getGuaranteeClaimEventList() {
        if (guaranteeClaimEventList == null) {
            guaranteeClaimEventList = new ArrayList<>();
        }
        return guaranteeClaimEventList;
    }

    /**
     * @return the chargeback events (shaped as shipment events), a live list (never null)
     */
    public List<ShipmentEvent> getChargebackEventList() {
        if (chargebackEventList == null) {
            chargebackEventList = new ArrayList<>();
        }
        return chargebackEventList;
    }

    /**
     * @return the service fee events, a live list (never null)
     */
    public List<ServiceFeeEvent> getServiceFeeEventList() {
        if (serviceFeeEventList == null) {
            serviceFeeEventList = new ArrayList<>();
        }
        return serviceFeeEventList;
    }

    /**
     * @return the adjustment events, a live list (never null)
     */
    public List<AdjustmentEvent> getAdjustmentEventList() {
        if (adjustmentEventList == null) {
            adjustmentEventList = new ArrayList<>();
        }
        return adjustmentEventList;
    }

    /**
     * @return the event lists this model has no class for (e.g. {@code RetrochargeEventList}), as DOM elements
     *         whose children are the events; a live list (never null)
     */
    public List<Element> getOtherEventLists() {
        if (otherEventLists == null) {
            otherEventLists = new ArrayList<>();
        }
        return otherEventLists;
    }

    /**
     * Every event of every list as one flat list: typed lists first (shipment, refund, guarantee claim, chargeback,
     * service fee, adjustment), then the other lists in document order. Each record knows its event type.
     */
    public List<FinancialEvent> flatten() {
        List<FinancialEvent> out = new ArrayList<>();
        add(out, "ShipmentEventList", shipmentEventList);
        add(out, "RefundEventList", refundEventList);
        add(out, "GuaranteeClaimEventList", guaranteeClaimEventList);
        add(out, "ChargebackEventList", chargebackEventList);
        add(out, "ServiceFeeEventList", serviceFeeEventList);
        add(out, "AdjustmentEventList", adjustmentEventList);
        if (otherEventLists != null) {
            for (Element list : otherEventLists) {
                String listName = FinancialEvent.localName(list);
                for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element event) {
                        out.add(new FinancialEvent(listName, event));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Adds every event of {@code other} to the lists of this object (merging pages).
     */
    public void addAll(FinancialEvents other) {
        if (other == null) {
            return;
        }
        getShipmentEventList().addAll(other.getShipmentEventList());
        getRefundEventList().addAll(other.getRefundEventList());
        getGuaranteeClaimEventList().addAll(other.getGuaranteeClaimEventList());
        getChargebackEventList().addAll(other.getChargebackEventList());
        getServiceFeeEventList().addAll(other.getServiceFeeEventList());
        getAdjustmentEventList().addAll(other.getAdjustmentEventList());
        getOtherEventLists().addAll(other.getOtherEventLists());
    }

    private static void add(List<FinancialEvent> out, String listName, List<?> events) {
        if (events != null) {
            for (Object event : events) {
                out.add(new FinancialEvent(listName, event));
            }
        }
    }

    @Override
    public String toString() {
        return "FinancialEvents[events=" + flatten().size() + "]";
    }
}
