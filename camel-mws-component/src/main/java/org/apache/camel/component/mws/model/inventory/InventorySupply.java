package org.apache.camel.component.mws.model.inventory;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * The FBA supply of one SKU: SellerSKU, FNSKU, ASIN, condition, total and in-stock quantities, earliest
 * availability and (with ResponseGroup=Detailed) the supply details.
 */
public class InventorySupply implements MwsRecord {

    @XmlElement(name = "SellerSKU")
    private String sellerSKU;

    @XmlElement(name = "FNSKU")
    private String fnsku;

    @XmlElement(name = "ASIN")
    private String asin;

    @XmlElement(name = "Condition")
    private String condition;

    @XmlElement(name = "TotalSupplyQuantity")
    private Integer totalSupplyQuantity;

    @XmlElement(name = "InStockSupplyQuantity")
    private Integer inStockSupplyQuantity;

    @XmlElement(name = "EarliestAvailability")
    private Timepoint earliestAvailability;

    @XmlElementWrapper(name = "SupplyDetail")
    @XmlElement(name = "member")
    private List<InventorySupplyDetail> supplyDetail;

    public String getSellerSKU() {
        return sellerSKU;
    }

    public void setSellerSKU(String sellerSKU) {
        this.sellerSKU = sellerSKU;
    }

    public String getFNSKU() {
        return fnsku;
    }

    public void setFNSKU(String fnsku) {
        this.fnsku = fnsku;
    }

    public String getASIN() {
        return asin;
    }

    public void setASIN(String asin) {
        this.asin = asin;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public Integer getTotalSupplyQuantity() {
        return totalSupplyQuantity;
    }

    public void setTotalSupplyQuantity(Integer totalSupplyQuantity) {
        this.totalSupplyQuantity = totalSupplyQuantity;
    }

    public Integer getInStockSupplyQuantity() {
        return inStockSupplyQuantity;
    }

    public void setInStockSupplyQuantity(Integer inStockSupplyQuantity) {
        this.inStockSupplyQuantity = inStockSupplyQuantity;
    }

    public Timepoint getEarliestAvailability() {
        return earliestAvailability;
    }

    public void setEarliestAvailability(Timepoint earliestAvailability) {
        this.earliestAvailability = earliestAvailability;
    }

    /**
     * @return the member elements of SupplyDetail, a live list (never null)
     */
    public List<InventorySupplyDetail> getSupplyDetail() {
        if (supplyDetail == null) {
            supplyDetail = new ArrayList<>();
        }
        return supplyDetail;
    }

    @Override
    public String recordId() {
        return sellerSKU != null ? sellerSKU : fnsku + "/" + asin;
    }

    @Override
    public String toString() {
        return "InventorySupply["
               + "SellerSKU=" + sellerSKU
               + ", FNSKU=" + fnsku
               + ", ASIN=" + asin
               + ", Condition=" + condition
               + ", TotalSupplyQuantity=" + totalSupplyQuantity
               + ", InStockSupplyQuantity=" + inStockSupplyQuantity + "]";
    }
}
