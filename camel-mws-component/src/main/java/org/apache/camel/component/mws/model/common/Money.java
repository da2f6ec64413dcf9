package org.apache.camel.component.mws.model.common;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * An amount with its currency: {@code CurrencyCode} and {@code Amount} (Orders), or {@code CurrencyAmount}
 * (Finances spells the amount that way); both spellings are read.
 */
public class Money {

    @XmlElement(name = "CurrencyCode")
    private String currencyCode;

    @XmlElement(name = "Amount")
    private BigDecimal amount;

    @XmlElement(name = "CurrencyAmount")
    private BigDecimal currencyAmount;

    public Money() {
    }

    public Money(String currencyCode, BigDecimal amount) {
        this.currencyCode = currencyCode;
        this.amount = amount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    /**
     * @return the amount, whether sent as {@code Amount} or {@code CurrencyAmount}
     */
    public BigDecimal getAmount() {
        return amount != null ? amount : currencyAmount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
        this.currencyAmount = null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Money other)) {
            return false;
        }
        BigDecimal a = getAmount();
        BigDecimal b = other.getAmount();
        return Objects.equals(currencyCode, other.currencyCode)
                && (a == null ? b == null : b != null && a.compareTo(b) == 0);
    }

    @Override
    public int hashCode() {
        BigDecimal a = getAmount();
        return Objects.hash(currencyCode, a == null ? null : a.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return getAmount() + " " + currencyCode;
    }
}
