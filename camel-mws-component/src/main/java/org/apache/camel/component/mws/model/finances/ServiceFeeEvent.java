package org.apache.camel.component.mws.model.finances;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * A service fee charged to the seller (subscription, FBA storage, ...), optionally about an order or SKU.
 */
public class ServiceFeeEvent {

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;

    @XmlElement(name = "FeeReason")
    private String feeReason;

    @XmlElementWrapper(name = "FeeList")
    @XmlElement(name = "FeeComponent")
    private List<FeeComponent> feeList;

    @XmlElement(name = "SellerSKU")
    private String sellerSKU;

    @XmlElement(name = "FnSKU")
    private String fnSKU;

    @XmlElement(name = "FeeDescription")
    private String feeDescription;

    @XmlElement(name = "ASIN")
    private String asin;

    public String getAmazonOrderId() {
        return amazonOrderId;
    }

    public void setAmazonOrderId(String amazonOrderId) {
        this.amazonOrderId = amazonOrderId;
    }

    public String getFeeReason() {
        return feeReason;
    }

    public void setFeeReason(String feeReason) {
        this.feeReason = feeReason;
    }

    /**
     * @return the FeeComponent elements of FeeList, a live list (never null)
     */
    public List<FeeComponent> getFeeList() {
        if (feeList == null) {
            feeList = new ArrayList<>();
        }
        return feeList;
    }

    public String getSellerSKU() {
        return sellerSKU;
    }

    public void setSellerSKU(String sellerSKU) {
        this.sellerSKU = sellerSKU;
    }

    public String getFnSKU() {
        return fnSKU;
    }

    public void setFnSKU(String fnSKU) {
        this.fnSKU = fnSKU;
    }

    public String getFeeDescription() {
        return feeDescription;
    }

    public void setFeeDescription(String feeDescription) {
        this.feeDescription = feeDescription;
    }

    public String getASIN() {
        return asin;
    }

    public void setASIN(String asin) {
        this.asin = asin;
    }

    @Override
    public String toString() {
        return "ServiceFeeEvent["
               + "AmazonOrderId=" + amazonOrderId
               + ", FeeReason=" + feeReason
               + ", SellerSKU=" + sellerSKU
               + ", ASIN=" + asin + "]";
    }
}
