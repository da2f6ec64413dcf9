package org.apache.camel.component.mws.model.finances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.common.Money;

/**
 * An adjustment to the seller's account (FBA inventory reimbursement, reserve, postage billing, ...).
 */
public class AdjustmentEvent {

    @XmlElement(name = "AdjustmentType")
    private String adjustmentType;

    @XmlElement(name = "PostedDate")
    private Instant postedDate;

    @XmlElement(name = "AdjustmentAmount")
    private Money adjustmentAmount;

    @XmlElementWrapper(name = "AdjustmentItemList")
    @XmlElement(name = "AdjustmentItem")
    private List<AdjustmentItem> adjustmentItemList;

    public String getAdjustmentType() {
        return adjustmentType;
    }

    public void setAdjustmentType(String adjustmentType) {
        this.adjustmentType = adjustmentType;
    }

    public Instant getPostedDate() {
        return postedDate;
    }

    public void setPostedDate(Instant postedDate) {
        this.postedDate = postedDate;
    }

    public Money getAdjustmentAmount() {
        return adjustmentAmount;
    }

    public void setAdjustmentAmount(Money adjustmentAmount) {
        this.adjustmentAmount = adjustmentAmount;
    }

    /**
     * @return the AdjustmentItem elements of AdjustmentItemList, a live list (never null)
     */
    public List<AdjustmentItem> getAdjustmentItemList() {
        if (adjustmentItemList == null) {
            adjustmentItemList = new ArrayList<>();
        }
        return adjustmentItemList;
    }

    @Override
    public String toString() {
        return "AdjustmentEvent["
               + "AdjustmentType=" + adjustmentType
               + ", PostedDate=" + postedDate
               + ", AdjustmentAmount=" + adjustmentAmount + "]";
    }
}
