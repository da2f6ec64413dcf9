package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Who collects the tax of an item (marketplace facilitator rules).
 */
public class TaxCollection {

    @XmlElement(name = "Model")
    private String model;

    @XmlElement(name = "ResponsibleParty")
    private String responsibleParty;

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getResponsibleParty() {
        return responsibleParty;
    }

    public void setResponsibleParty(String responsibleParty) {
        this.responsibleParty = responsibleParty;
    }
}
