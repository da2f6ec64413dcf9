package org.apache.camel.component.mws.model.finances;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.ListingResult;

/**
 * The result of ListFinancialEventGroups and ListFinancialEventGroupsByNextToken (NT paging).
 */
public class ListFinancialEventGroupsResult extends ListingResult<FinancialEventGroup> {

    @XmlElementWrapper(name = "FinancialEventGroupList")
    @XmlElement(name = "FinancialEventGroup")
    private List<FinancialEventGroup> financialEventGroupList;

    /**
     * @return the FinancialEventGroup elements of FinancialEventGroupList, a live list (never null)
     */
    public List<FinancialEventGroup> getFinancialEventGroupList() {
        if (financialEventGroupList == null) {
            financialEventGroupList = new ArrayList<>();
        }
        return financialEventGroupList;
    }

    @Override
    public List<FinancialEventGroup> records() {
        return getFinancialEventGroupList();
    }
}
