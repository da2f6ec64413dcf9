package org.apache.camel.component.mws.model.finances;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * Taxes withheld by the marketplace under a tax collection model.
 */
public class TaxWithheldComponent {

    @XmlElement(name = "TaxCollectionModel")
    private String taxCollectionModel;

    @XmlElementWrapper(name = "TaxesWithheld")
    @XmlElement(name = "ChargeComponent")
    private List<ChargeComponent> taxesWithheld;

    public String getTaxCollectionModel() {
        return taxCollectionModel;
    }

    public void setTaxCollectionModel(String taxCollectionModel) {
        this.taxCollectionModel = taxCollectionModel;
    }

    /**
     * @return the ChargeComponent elements of TaxesWithheld, a live list (never null)
     */
    public List<ChargeComponent> getTaxesWithheld() {
        if (taxesWithheld == null) {
            taxesWithheld = new ArrayList<>();
        }
        return taxesWithheld;
    }

    @Override
    public String toString() {
        return "TaxWithheldComponent["
               + "TaxCollectionModel=" + taxCollectionModel + "]";
    }
}
