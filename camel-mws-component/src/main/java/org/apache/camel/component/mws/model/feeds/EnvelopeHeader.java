package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The Header of an AmazonEnvelope.
 */
public class EnvelopeHeader {

    @XmlElement(name = "DocumentVersion")
    private String documentVersion;

    @XmlElement(name = "MerchantIdentifier")
    private String merchantIdentifier;

    public String getDocumentVersion() {
        return documentVersion;
    }

    public void setDocumentVersion(String documentVersion) {
        this.documentVersion = documentVersion;
    }

    public String getMerchantIdentifier() {
        return merchantIdentifier;
    }

    public void setMerchantIdentifier(String merchantIdentifier) {
        this.merchantIdentifier = merchantIdentifier;
    }
}
