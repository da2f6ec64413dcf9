package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

import org.apache.camel.component.mws.model.common.Money;

/**
 * One payment of an order paid by several methods (COD orders, gift cards, points).
 */
public class PaymentExecutionDetailItem {

    @XmlElement(name = "Payment")
    private Money payment;

    @XmlElement(name = "PaymentMethod")
    private String paymentMethod;

    public Money getPayment() {
        return payment;
    }

    public void setPayment(Money payment) {
        this.payment = payment;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    @Override
    public String toString() {
        return "PaymentExecutionDetailItem["
               + "PaymentMethod=" + paymentMethod
               + ", Payment=" + payment + "]";
    }
}
