package org.apache.camel.component.mws.model.sellers;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A marketplace of ListMarketplaceParticipations: id, name, default country, currency and language, domain.
 */
public class Marketplace {

    @XmlElement(name = "MarketplaceId")
    private String marketplaceId;

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "DefaultCountryCode")
    private String defaultCountryCode;

    @XmlElement(name = "DefaultCurrencyCode")
    private String defaultCurrencyCode;

    @XmlElement(name = "DefaultLanguageCode")
    private String defaultLanguageCode;

    @XmlElement(name = "DomainName")
    private String domainName;

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefaultCountryCode() {
        return defaultCountryCode;
    }

    public void setDefaultCountryCode(String defaultCountryCode) {
        this.defaultCountryCode = defaultCountryCode;
    }

    public String getDefaultCurrencyCode() {
        return defaultCurrencyCode;
    }

    public void setDefaultCurrencyCode(String defaultCurrencyCode) {
        this.defaultCurrencyCode = defaultCurrencyCode;
    }

    public String getDefaultLanguageCode() {
        return defaultLanguageCode;
    }

    public void setDefaultLanguageCode(String defaultLanguageCode) {
        this.defaultLanguageCode = defaultLanguageCode;
    }

    public String getDomainName() {
        return domainName;
    }

    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }

    @Override
    public String toString() {
        return "Marketplace["
               + "MarketplaceId=" + marketplaceId
               + ", Name=" + name
               + ", DefaultCountryCode=" + defaultCountryCode
               + ", DomainName=" + domainName + "]";
    }
}
