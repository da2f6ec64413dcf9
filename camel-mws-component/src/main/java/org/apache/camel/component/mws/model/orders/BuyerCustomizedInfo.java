package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Where the buyer's customization of an item can be downloaded.
 */
public class BuyerCustomizedInfo {

    @XmlElement(name = "CustomizedURL")
    private String customizedURL;

    public String getCustomizedURL() {
        return customizedURL;
    }

    public void setCustomizedURL(String customizedURL) {
        this.customizedURL = customizedURL;
    }
}
