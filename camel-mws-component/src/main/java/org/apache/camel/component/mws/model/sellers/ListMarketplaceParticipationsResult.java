package org.apache.camel.component.mws.model.sellers;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListMarketplaceParticipations and ListMarketplaceParticipationsByNextToken (NT paging): the
 * seller's participations (the records) and the marketplaces they refer to.
 */
public class ListMarketplaceParticipationsResult extends ListingResult<Participation> {

    @XmlElementWrapper(name = "ListParticipations")
    @XmlElement(name = "Participation")
    private List<Participation> participations;

    @XmlElementWrapper(name = "ListMarketplaces")
    @XmlElement(name = "Marketplace")
    private List<Marketplace> marketplaces;

    /**
     * @return the Participation elements of ListParticipations, a live list (never null)
     */
    public List<Participation> getParticipations() {
        if (participations == null) {
            participations = new ArrayList<>();
        }
        return participations;
    }

    /**
     * @return the Marketplace elements of ListMarketplaces, a live list (never null)
     */
    public List<Marketplace> getMarketplaces() {
        if (marketplaces == null) {
            marketplaces = new ArrayList<>();
        }
        return marketplaces;
    }

    /**
     * @return the marketplace with that id, or null
     */
    public Marketplace findMarketplace(String marketplaceId) {
        for (Marketplace m : getMarketplaces()) {
            if (m.getMarketplaceId() != null && m.getMarketplaceId().equals(marketplaceId)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public List<Participation> records() {
        return getParticipations();
    }

    @Override
    protected void appendPage(ListingResult<Participation> next) {
        super.appendPage(next);
        getMarketplaces().addAll(((ListMarketplaceParticipationsResult) next).getMarketplaces());
    }

    @Override
    public String toString() {
        return "ListMarketplaceParticipationsResult[marketplaces=" + getMarketplaces().size() + ", " + pagingToString()
               + "]";
    }
}
