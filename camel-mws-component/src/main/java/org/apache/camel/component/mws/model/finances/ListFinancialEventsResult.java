package org.apache.camel.component.mws.model.finances;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListFinancialEvents and ListFinancialEventsByNextToken (NT paging). The records are the events of
 * every list of {@link FinancialEvents}, flattened, each knowing its event type.
 */
public class ListFinancialEventsResult extends ListingResult<FinancialEvent> {

    @XmlElement(name = "FinancialEvents")
    private FinancialEvents financialEvents;

    /**
     * @return the event lists of this page (never null)
     */
    public FinancialEvents getFinancialEvents() {
        if (financialEvents == null) {
            financialEvents = new FinancialEvents();
        }
        return financialEvents;
    }

    public void setFinancialEvents(FinancialEvents financialEvents) {
        this.financialEvents = financialEvents;
    }

    /**
     * @return every event of the page, flattened (a new list: add events through {@link #getFinancialEvents()})
     */
    @Override
    public List<FinancialEvent> records() {
        return getFinancialEvents().flatten();
    }

    @Override
    protected void appendPage(ListingResult<FinancialEvent> next) {
        getFinancialEvents().addAll(((ListFinancialEventsResult) next).getFinancialEvents());
    }

    @Override
    public String toString() {
        return "ListFinancialEventsResult[" + pagingToString() + "]";
    }
}
