package org.apache.camel.component.mws.model.orders;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * Tax information about the buyer of a business order.
 */
public class BuyerTaxInfo {

    @XmlElement(name = "CompanyLegalName")
    private String companyLegalName;

    @XmlElement(name = "TaxingRegion")
    private String taxingRegion;

    @XmlElementWrapper(name = "TaxClassifications")
    @XmlElement(name = "TaxClassification")
    private List<TaxClassification> taxClassifications;

    public String getCompanyLegalName() {
        return companyLegalName;
    }

    public void setCompanyLegalName(String companyLegalName) {
        this.companyLegalName = companyLegalName;
    }

    public String getTaxingRegion() {
        return taxingRegion;
    }

    public void setTaxingRegion(String taxingRegion) {
        this.taxingRegion = taxingRegion;
    }

    /**
     * @return the TaxClassification elements of TaxClassifications, a live list (never null)
     */
    public List<TaxClassification> getTaxClassifications() {
        if (taxClassifications == null) {
            taxClassifications = new ArrayList<>();
        }
        return taxClassifications;
    }
}
