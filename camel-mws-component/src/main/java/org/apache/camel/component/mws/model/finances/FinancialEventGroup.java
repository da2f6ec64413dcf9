package org.apache.camel.component.mws.model.finances;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.MwsRecord;
import org.apache.camel.component.mws.model.common.Money;

/**
 * A financial event group (a settlement period): id, processing and fund transfer status, totals, balances and
 * dates.
 */
public class FinancialEventGroup implements MwsRecord {

    @XmlElement(name = "FinancialEventGroupId")
    private String financialEventGroupId;

    @XmlElement(name = "ProcessingStatus")
    private String processingStatus;

    @XmlElement(name = "FundTransferStatus")
    private String fundTransferStatus;

    @XmlElement(name = "OriginalTotal")
    private Money originalTotal;

    @XmlElement(name = "ConvertedTotal")
    private Money convertedTotal;

    @XmlElement(name = "FundTransferDate")
    private Instant fundTransferDate;

    @XmlElement(name = "TraceId")
    private String traceId;

    @XmlElement(name = "AccountTail")
    private String accountTail;

    @XmlElement(name = "BeginningBalance")
    private Money beginningBalance;

    @XmlElement(name = "FinancialEventGroupStart")
    private Instant financialEventGroupStart;

    @XmlElement(name = "FinancialEventGroupEnd")
    private Instant financialEventGroupEnd;

    public String getFinancialEventGroupId() {
        return financialEventGroupId;
    }

    public void setFinancialEventGroupId(String financialEventGroupId) {
        this.financialEventGroupId = financialEventGroupId;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public void setProcessingStatus(String processingStatus) {
        this.processingStatus = processingStatus;
    }

    public String getFundTransferStatus() {
        return fundTransferStatus;
    }

    public void setFundTransferStatus(String fundTransferStatus) {
        this.fundTransferStatus = fundTransferStatus;
    }

    public Money getOriginalTotal() {
        return originalTotal;
    }

    public void setOriginalTotal(Money originalTotal) {
        this.originalTotal = originalTotal;
    }

    public Money getConvertedTotal() {
        return convertedTotal;
    }

    public void setConvertedTotal(Money convertedTotal) {
        this.convertedTotal = convertedTotal;
    }

    public Instant getFundTransferDate() {
        return fundTransferDate;
    }

    public void setFundTransferDate(Instant fundTransferDate) {
        this.fundTransferDate = fundTransferDate;
    }

    public String getTraceId() {
        return traceId;
    }

    public void setTraceId(String traceId) {
        this.traceId = traceId;
    }

    public String getAccountTail() {
        return accountTail;
    }

    public void setAccountTail(String accountTail) {
        this.accountTail = accountTail;
    }

    public Money getBeginningBalance() {
        return beginningBalance;
    }

    public void setBeginningBalance(Money beginningBalance) {
        this.beginningBalance = beginningBalance;
    }

    public Instant getFinancialEventGroupStart() {
        return financialEventGroupStart;
    }

    public void setFinancialEventGroupStart(Instant financialEventGroupStart) {
        this.financialEventGroupStart = financialEventGroupStart;
    }

    public Instant getFinancialEventGroupEnd() {
        return financialEventGroupEnd;
    }

    public void setFinancialEventGroupEnd(Instant financialEventGroupEnd) {
        this.financialEventGroupEnd = financialEventGroupEnd;
    }

    @Override
    public String recordId() {
        return String.valueOf(financialEventGroupId);
    }

    @Override
    public String toString() {
        return "FinancialEventGroup["
               + "FinancialEventGroupId=" + financialEventGroupId
               + ", ProcessingStatus=" + processingStatus
               + ", FundTransferStatus=" + fundTransferStatus
               + ", FinancialEventGroupStart=" + financialEventGroupStart
               + ", FinancialEventGroupEnd=" + financialEventGroupEnd
               + ", OriginalTotal=" + originalTotal + "]";
    }
}
