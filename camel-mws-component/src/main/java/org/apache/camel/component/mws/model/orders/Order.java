package org.apache.camel.component.mws.model.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.MwsRecord;
import org.apache.camel.component.mws.model.common.Money;

/**
 * An order as ListOrders and GetOrder return it. Pending orders omit the buyer fields, the shipping address and
 * OrderTotal: those getters return null then. toString() shows ids, dates and status only, never buyer data.
 */
public class Order implements MwsRecord {

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;

    @XmlElement(name = "SellerOrderId")
    private String sellerOrderId;

    @XmlElement(name = "PurchaseDate")
    private Instant purchaseDate;

    @XmlElement(name = "LastUpdateDate")
    private Instant lastUpdateDate;

    @XmlElement(name = "OrderStatus")
    private String orderStatus;

    @XmlElement(name = "FulfillmentChannel")
    private String fulfillmentChannel;

    @XmlElement(name = "SalesChannel")
    private String salesChannel;

    @XmlElement(name = "OrderChannel")
    private String orderChannel;

    @XmlElement(name = "ShipServiceLevel")
    private String shipServiceLevel;

    @XmlElement(name = "ShippingAddress")
    private Address shippingAddress;

    @XmlElement(name = "OrderTotal")
    private Money orderTotal;

    @XmlElement(name = "NumberOfItemsShipped")
    private Integer numberOfItemsShipped;

    @XmlElement(name = "NumberOfItemsUnshipped")
    private Integer numberOfItemsUnshipped;

    @XmlElementWrapper(name = "PaymentExecutionDetail")
    @XmlElement(name = "PaymentExecutionDetailItem")
    private List<PaymentExecutionDetailItem> paymentExecutionDetail;

    @XmlElement(name = "PaymentMethod")
    private String paymentMethod;

    @XmlElementWrapper(name = "PaymentMethodDetails")
    @XmlElement(name = "PaymentMethodDetail")
    private List<String> paymentMethodDetails;

    @XmlElement(name = "MarketplaceId")
    private String marketplaceId;

    @XmlElement(name = "BuyerEmail")
    private String buyerEmail;

    @XmlElement(name = "BuyerName")
    private String buyerName;

    @XmlElement(name = "BuyerCounty")
    private String buyerCounty;

    @XmlElement(name = "BuyerTaxInfo")
    private BuyerTaxInfo buyerTaxInfo;

    @XmlElement(name = "ShipmentServiceLevelCategory")
    private String shipmentServiceLevelCategory;

    @XmlElement(name = "EasyShipShipmentStatus")
    private String easyShipShipmentStatus;

    @XmlElement(name = "CbaDisplayableShippingLabel")
    private String cbaDisplayableShippingLabel;

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "EarliestShipDate")
    private Instant earliestShipDate;

    @XmlElement(name = "LatestShipDate")
    private Instant latestShipDate;

    @XmlElement(name = "EarliestDeliveryDate")
    private Instant earliestDeliveryDate;

    @XmlElement(name = "LatestDeliveryDate")
    private Instant latestDeliveryDate;

    @XmlElement(name = "IsBusinessOrder")
    private Boolean isBusinessOrder;

    @XmlElement(name = "PurchaseOrderNumber")
    private String purchaseOrderNumber;

    @XmlElement(name = "IsPrime")
    private Boolean isPrime;

    @XmlElement(name = "IsPremiumOrder")
    private Boolean isPremiumOrder;

    @XmlElement(name = "IsGlobalExpressEnabled")
    private Boolean isGlobalExpressEnabled;

    @XmlElement(name = "ReplacedOrderId")
    private String replacedOrderId;

    @XmlElement(name = "IsReplacementOrder")
    private Boolean isReplacementOrder;

    @XmlElement(name = "PromiseResponseDueDate")
    private Instant promiseResponseDueDate;

    @XmlElement(name = "IsEstimatedShipDateSet")
    private Boolean isEstimatedShipDateSet;

    @XmlElement(name = "IsSoldByAB")
    private Boolean isSoldByAB;

    @XmlElement(name = "IsISPU")
    private Boolean isISPU;

    @XmlElement(name = "DefaultShipFromLocationAddress")
    private Address defaultShipFromLocationAddress;

    @XmlElement(name = "FulfillmentInstruction")
    private FulfillmentInstruction fulfillmentInstruction;

    @XmlElement(name = "SellerDisplayName")
    private String sellerDisplayName;

    public String getAmazonOrderId() {
        return amazonOrderId;
    }

    public void setAmazonOrderId(String amazonOrderId) {
        this.amazonOrderId = amazonOrderId;
    }

    public String getSellerOrderId() {
        return sellerOrderId;
    }

    public void setSellerOrderId(String sellerOrderId) {
        this.sellerOrderId = sellerOrderId;
    }

    public Instant getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(Instant purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public Instant getLastUpdateDate() {
        return lastUpdateDate;
    }

    public void setLastUpdateDate(Instant lastUpdateDate) {
        this.lastUpdateDate = lastUpdateDate;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public void setOrderStatus(String orderStatus) {
        this.orderStatus = orderStatus;
    }

    public String getFulfillmentChannel() {
        return fulfillmentChannel;
    }

    public void setFulfillmentChannel(String fulfillmentChannel) {
        this.fulfillmentChannel = fulfillmentChannel;
    }

    public String getSalesChannel() {
        return salesChannel;
    }

    public void setSalesChannel(String salesChannel) {
        this.salesChannel = salesChannel;
    }

    public String getOrderChannel() {
        return orderChannel;
    }

    public void setOrderChannel(String orderChannel) {
        this.orderChannel = orderChannel;
    }

    public String getShipServiceLevel() {
        return shipServiceLevel;
    }

    public void setShipServiceLevel(String shipServiceLevel) {
        this.shipServiceLevel = shipServiceLevel;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public Money getOrderTotal() {
        return orderTotal;
    }

    public void setOrderTotal(Money orderTotal) {
        this.orderTotal = orderTotal;
    }

    public Integer getNumberOfItemsShipped() {
        return numberOfItemsShipped;
    }

    public void setNumberOfItemsShipped(Integer numberOfItemsShipped) {
        this.numberOfItemsShipped = numberOfItemsShipped;
    }

    public Integer getNumberOfItemsUnshipped() {
        return numberOfItemsUnshipped;
    }

    public void setNumberOfItemsUnshipped(Integer numberOfItemsUnshipped) {
        this.numberOfItemsUnshipped = numberOfItemsUnshipped;
    }

    /**
     * @return the PaymentExecutionDetailItem elements of PaymentExecutionDetail, a live list (never null)
     */
    public List<PaymentExecutionDetailItem> getPaymentExecutionDetail() {
        if (paymentExecutionDetail == null) {
            paymentExecutionDetail = new ArrayList<>();
        }
        return paymentExecutionDetail;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    /**
     * @return the PaymentMethodDetail elements of PaymentMethodDetails, a live list (never null)
     */
    public List<String> getPaymentMethodDetails() {
        if (paymentMethodDetails == null) {
            paymentMethodDetails = new ArrayList<>();
        }
        return paymentMethodDetails;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public void setBuyerEmail(String buyerEmail) {
        this.buyerEmail = buyerEmail;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(String buyerName) {
        this.buyerName = buyerName;
    }

    public String getBuyerCounty() {
        return buyerCounty;
    }

    public void setBuyerCounty(String buyerCounty) {
        this.buyerCounty = buyerCounty;
    }

    public BuyerTaxInfo getBuyerTaxInfo() {
        return buyerTaxInfo;
    }

    public void setBuyerTaxInfo(BuyerTaxInfo buyerTaxInfo) {
        this.buyerTaxInfo = buyerTaxInfo;
    }

    public String getShipmentServiceLevelCategory() {
        return shipmentServiceLevelCategory;
    }

    public void setShipmentServiceLevelCategory(String shipmentServiceLevelCategory) {
        this.shipmentServiceLevelCategory = shipmentServiceLevelCategory;
    }

    public String getEasyShipShipmentStatus() {
        return easyShipShipmentStatus;
    }

    public void setEasyShipShipmentStatus(String easyShipShipmentStatus) {
        this.easyShipShipmentStatus = easyShipShipmentStatus;
    }

    public String getCbaDisplayableShippingLabel() {
        return cbaDisplayableShippingLabel;
    }

    public void setCbaDisplayableShippingLabel(String cbaDisplayableShippingLabel) {
        this.cbaDisplayableShippingLabel = cbaDisplayableShippingLabel;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public Instant getEarliestShipDate() {
        return earliestShipDate;
    }

    public void setEarliestShipDate(Instant earliestShipDate) {
        this.earliestShipDate = earliestShipDate;
    }

    public Instant getLatestShipDate() {
        return latestShipDate;
    }

    public void setLatestShipDate(Instant latestShipDate) {
        this.latestShipDate = latestShipDate;
    }

    public Instant getEarliestDeliveryDate() {
        return earliestDeliveryDate;
    }

    public void setEarliestDeliveryDate(Instant earliestDeliveryDate) {
        this.earliestDeliveryDate = earliestDeliveryDate;
    }

    public Instant getLatestDeliveryDate() {
        return latestDeliveryDate;
    }

    public void setLatestDeliveryDate(Instant latestDeliveryDate) {
        this.latestDeliveryDate = latestDeliveryDate;
    }

    public Boolean getIsBusinessOrder() {
        return isBusinessOrder;
    }

    public void setIsBusinessOrder(Boolean isBusinessOrder) {
        this.isBusinessOrder = isBusinessOrder;
    }

    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    public Boolean getIsPrime() {
        return isPrime;
    }

    public void setIsPrime(Boolean isPrime) {
        this.isPrime = isPrime;
    }

    public Boolean getIsPremiumOrder() {
        return isPremiumOrder;
    }

    public void setIsPremiumOrder(Boolean isPremiumOrder) {
        this.isPremiumOrder = isPremiumOrder;
    }

    public Boolean getIsGlobalExpressEnabled() {
        return isGlobalExpressEnabled;
    }

    public void setIsGlobalExpressEnabled(Boolean isGlobalExpressEnabled) {
        this.isGlobalExpressEnabled = isGlobalExpressEnabled;
    }

    public String getReplacedOrderId() {
        return replacedOrderId;
    }

    public void setReplacedOrderId(String replacedOrderId) {
        this.replacedOrderId = replacedOrderId;
    }

    public Boolean getIsReplacementOrder() {
        return isReplacementOrder;
    }

    public void setIsReplacementOrder(Boolean isReplacementOrder) {
        this.isReplacementOrder = isReplacementOrder;
    }

    public Instant getPromiseResponseDueDate() {
        return promiseResponseDueDate;
    }

    public void setPromiseResponseDueDate(Instant promiseResponseDueDate) {
        this.promiseResponseDueDate = promiseResponseDueDate;
    }

    public Boolean getIsEstimatedShipDateSet() {
        return isEstimatedShipDateSet;
    }

    public void setIsEstimatedShipDateSet(Boolean isEstimatedShipDateSet) {
        this.isEstimatedShipDateSet = isEstimatedShipDateSet;
    }

    public Boolean getIsSoldByAB() {
        return isSoldByAB;
    }

    public void setIsSoldByAB(Boolean isSoldByAB) {
        this.isSoldByAB = isSoldByAB;
    }

    public Boolean getIsISPU() {
        return isISPU;
    }

    public void setIsISPU(Boolean isISPU) {
        this.isISPU = isISPU;
    }

    public Address getDefaultShipFromLocationAddress() {
        return defaultShipFromLocationAddress;
    }

    public void setDefaultShipFromLocationAddress(Address defaultShipFromLocationAddress) {
        this.defaultShipFromLocationAddress = defaultShipFromLocationAddress;
    }

    public FulfillmentInstruction getFulfillmentInstruction() {
        return fulfillmentInstruction;
    }

    public void setFulfillmentInstruction(FulfillmentInstruction fulfillmentInstruction) {
        this.fulfillmentInstruction = fulfillmentInstruction;
    }

    public String getSellerDisplayName() {
        return sellerDisplayName;
    }

    public void setSellerDisplayName(String sellerDisplayName) {
        this.sellerDisplayName = sellerDisplayName;
    }

    @Override
    public String recordId() {
        return amazonOrderId != null ? amazonOrderId : String.valueOf(sellerOrderId);
    }

    @Override
    public String toString() {
        return "Order["
               + "AmazonOrderId=" + amazonOrderId
               + ", OrderStatus=" + orderStatus
               + ", PurchaseDate=" + purchaseDate
               + ", LastUpdateDate=" + lastUpdateDate
               + ", MarketplaceId=" + marketplaceId
               + ", FulfillmentChannel=" + fulfillmentChannel
               + ", NumberOfItemsShipped=" + numberOfItemsShipped
               + ", NumberOfItemsUnshipped=" + numberOfItemsUnshipped + "]";
    }
}
