package org.apache.camel.component.mws.model.finances;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * An item of an adjustment event.
 */
public class AdjustmentItem {

    @XmlElement(name = "Quantity")
    private String quantity;

    @XmlElement(name = "PerUnitAmount")
    private Money perUnitAmount;

    @XmlElement(name = "TotalAmount")
    private Money totalAmount;

    @XmlElement(name = "SellerSKU")
    private String sellerSKU;

    @XmlElement(name = "FnSKU")
    private String fnSKU;

    @XmlElement(name = "ProductDescription")
    private String productDescription;

    @XmlElement(name = "ASIN")
    private String asin;

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public Money getPerUnitAmount() {
        return perUnitAmount;
    }

    public void setPerUnitAmount(Money perUnitAmount) {
        this.perUnitAmount = perUnitAmount;
    }

    public Money getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(Money totalAmount) {
        this.totalAmount = totalAmount;
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

    public String getProductDescription() {
        return productDescription;
    }

    public void setProductDescription(String productDescription) {
        this.productDescription = productDescription;
    }

    public String getASIN() {
        return asin;
    }

    public void setASIN(String asin) {
        this.asin = asin;
    }

    @Override
    public String toString() {
        return "AdjustmentItem["
               + "SellerSKU=" + sellerSKU
               + ", Quantity=" + quantity
               + ", TotalAmount=" + totalAmount + "]";
    }
}
