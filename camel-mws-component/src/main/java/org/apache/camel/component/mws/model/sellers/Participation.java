package org.apache.camel.component.mws.model.sellers;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;

/**
 * A marketplace the seller participates in.
 */
public class Participation implements MwsRecord {

    @XmlElement(name = "MarketplaceId")
    private String marketplaceId;

    @XmlElement(name = "SellerId")
    private String sellerId;

    @XmlElement(name = "HasSellerSuspendedListings")
    private String hasSellerSuspendedListings;

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getSellerId() {
        return sellerId;
    }

    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public String getHasSellerSuspendedListings() {
        return hasSellerSuspendedListings;
    }

    public void setHasSellerSuspendedListings(String hasSellerSuspendedListings) {
        this.hasSellerSuspendedListings = hasSellerSuspendedListings;
    }

    /**
     * @return whether HasSellerSuspendedListings is {@code Yes}
     */
    public boolean isSuspendedListings() {
        return hasSellerSuspendedListings != null && "Yes".equalsIgnoreCase(hasSellerSuspendedListings.strip());
    }

    @Override
    public String recordId() {
        return marketplaceId + "/" + sellerId;
    }

    @Override
    public String toString() {
        return "Participation["
               + "MarketplaceId=" + marketplaceId
               + ", SellerId=" + sellerId
               + ", HasSellerSuspendedListings=" + hasSellerSuspendedListings + "]";
    }
}
