package org.apache.camel.component.mws.model.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.apache.camel.component.mws.model.MwsRecord;
import org.apache.camel.component.mws.model.common.Money;

/**
 * An item of an order as ListOrderItems returns it, with its Money fields (ItemPrice, ShippingPrice, ItemTax,
 * PromotionDiscount, ...).
 */
public class OrderItem implements MwsRecord {

    @XmlElement(name = "ASIN")
    private String asin;

    @XmlElement(name = "SellerSKU")
    private String sellerSKU;

    @XmlElement(name = "OrderItemId")
    private String orderItemId;

    @XmlElement(name = "BuyerCustomizedInfo")
    private BuyerCustomizedInfo buyerCustomizedInfo;

    @XmlElement(name = "Title")
    private String title;

    @XmlElement(name = "QuantityOrdered")
    private Integer quantityOrdered;

    @XmlElement(name = "QuantityShipped")
    private Integer quantityShipped;

    @XmlElement(name = "PointsGranted")
    private PointsGranted pointsGranted;

    @XmlElement(name = "ProductInfo")
    private ProductInfo productInfo;

    @XmlElement(name = "ItemPrice")
    private Money itemPrice;

    @XmlElement(name = "ShippingPrice")
    private Money shippingPrice;

    @XmlElement(name = "GiftWrapPrice")
    private Money giftWrapPrice;

    @XmlElement(name = "ItemTax")
    private Money itemTax;

    @XmlElement(name = "ShippingTax")
    private Money shippingTax;

    @XmlElement(name = "GiftWrapTax")
    private Money giftWrapTax;

    @XmlElement(name = "ShippingDiscount")
    private Money shippingDiscount;

    @XmlElement(name = "ShippingDiscountTax")
    private Money shippingDiscountTax;

    @XmlElement(name = "PromotionDiscount")
    private Money promotionDiscount;

    @XmlElement(name = "PromotionDiscountTax")
    private Money promotionDiscountTax;

    @XmlElementWrapper(name = "PromotionIds")
    @XmlElement(name = "PromotionId")
    private List<String> promotionIds;

    @XmlElement(name = "CODFee")
    private Money codFee;

    @XmlElement(name = "CODFeeDiscount")
    private Money codFeeDiscount;

    @XmlElement(name = "IsGift")
    private Boolean isGift;

    @XmlElement(name = "GiftMessageText")
    private String giftMessageText;

    @XmlElement(name = "GiftWrapLevel")
    private String giftWrapLevel;

    @XmlElement(name = "ConditionNote")
    private String conditionNote;

    @XmlElement(name = "ConditionId")
    private String conditionId;

    @XmlElement(name = "ConditionSubtypeId")
    private String conditionSubtypeId;

    @XmlElement(name = "ScheduledDeliveryStartDate")
    private Instant scheduledDeliveryStartDate;

    @XmlElement(name = "ScheduledDeliveryEndDate")
    private Instant scheduledDeliveryEndDate;

    @XmlElement(name = "PriceDesignation")
    private String priceDesignation;

    @XmlElement(name = "TaxCollection")
    private TaxCollection taxCollection;

    @XmlElement(name = "SerialNumberRequired")
    private Boolean serialNumberRequired;

    @XmlElement(name = "IsTransparency")
    private Boolean isTransparency;

    @XmlElement(name = "IossNumber")
    private String iossNumber;

    @XmlElement(name = "DeemedResellerCategory")
    private String deemedResellerCategory;

    public String getASIN() {
        return asin;
    }

    public void setASIN(String asin) {
        this.asin = asin;
    }

    public String getSellerSKU() {
        return sellerSKU;
    }

    public void setSellerSKU(String sellerSKU) {
        this.sellerSKU = sellerSKU;
    }

    public String getOrderItemId() {
        return orderItemId;
    }

    public void setOrderItemId(String orderItemId) {
        this.orderItemId = orderItemId;
    }

    public BuyerCustomizedInfo getBuyerCustomizedInfo() {
        return buyerCustomizedInfo;
    }

    public void setBuyerCustomizedInfo(BuyerCustomizedInfo buyerCustomizedInfo) {
        this.buyerCustomizedInfo = buyerCustomizedInfo;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getQuantityOrdered() {
        return quantityOrdered;
    }

    public void setQuantityOrdered(Integer quantityOrdered) {
        this.quantityOrdered = quantityOrdered;
    }

    public Integer getQuantityShipped() {
        return quantityShipped;
    }

    public void setQuantityShipped(Integer quantityShipped) {
        this.quantityShipped = quantityShipped;
    }

    public PointsGranted getPointsGranted() {
        return pointsGranted;
    }

    public void setPointsGranted(PointsGranted pointsGranted) {
        this.pointsGranted = pointsGranted;
    }

    public ProductInfo getProductInfo() {
        return productInfo;
    }

    public void setProductInfo(ProductInfo productInfo) {
        this.productInfo = productInfo;
    }

    public Money getItemPrice() {
        return itemPrice;
    }

    public void setItemPrice(Money itemPrice) {
        this.itemPrice = itemPrice;
    }

    public Money getShippingPrice() {
        return shippingPrice;
    }

    public void setShippingPrice(Money shippingPrice) {
        this.shippingPrice = shippingPrice;
    }

    public Money getGiftWrapPrice() {
        return giftWrapPrice;
    }

    public void setGiftWrapPrice(Money giftWrapPrice) {
        this.giftWrapPrice = giftWrapPrice;
    }

    public Money getItemTax() {
        return itemTax;
    }

    public void setItemTax(Money itemTax) {
        this.itemTax = itemTax;
    }

    public Money getShippingTax() {
        return shippingTax;
    }

    public void setShippingTax(Money shippingTax) {
        this.shippingTax = shippingTax;
    }

    public Money getGiftWrapTax() {
        return giftWrapTax;
    }

    public void setGiftWrapTax(Money giftWrapTax) {
        this.giftWrapTax = giftWrapTax;
    }

    public Money getShippingDiscount() {
        return shippingDiscount;
    }

    public void setShippingDiscount(Money shippingDiscount) {
        this.shippingDiscount = shippingDiscount;
    }

    public Money getShippingDiscountTax() {
        return shippingDiscountTax;
    }

    public void setShippingDiscountTax(Money shippingDiscountTax) {
        this.shippingDiscountTax = shippingDiscountTax;
    }

    public Money getPromotionDiscount() {
        return promotionDiscount;
    }

    public void setPromotionDiscount(Money promotionDiscount) {
        this.promotionDiscount = promotionDiscount;
    }

    public Money getPromotionDiscountTax() {
        return promotionDiscountTax;
    }

    public void setPromotionDiscountTax(Money promotionDiscountTax) {
        this.promotionDiscountTax = promotionDiscountTax;
    }

    /**
     * @return the PromotionId elements of PromotionIds, a live list (never null)
     */
    public List<String> getPromotionIds() {
        if (promotionIds == null) {
            promotionIds = new ArrayList<>();
        }
        return promotionIds;
    }

    public Money getCODFee() {
        return codFee;
    }

    public void setCODFee(Money codFee) {
        this.codFee = codFee;
    }

    public Money getCODFeeDiscount() {
        return codFeeDiscount;
    }

    public void setCODFeeDiscount(Money codFeeDiscount) {
        this.codFeeDiscount = codFeeDiscount;
    }

    public Boolean getIsGift() {
        return isGift;
    }

    public void setIsGift(Boolean isGift) {
        this.isGift = isGift;
    }

    public String getGiftMessageText() {
        return giftMessageText;
    }

    public void setGiftMessageText(String giftMessageText) {
        this.giftMessageText = giftMessageText;
    }

    public String getGiftWrapLevel() {
        return giftWrapLevel;
    }

    public void setGiftWrapLevel(String giftWrapLevel) {
        this.giftWrapLevel = giftWrapLevel;
    }

    public String getConditionNote() {
        return conditionNote;
    }

    public void setConditionNote(String conditionNote) {
        this.conditionNote = conditionNote;
    }

    public String getConditionId() {
        return conditionId;
    }

    public void setConditionId(String conditionId) {
        this.conditionId = conditionId;
    }

    public String getConditionSubtypeId() {
        return conditionSubtypeId;
    }

    public void setConditionSubtypeId(String conditionSubtypeId) {
        this.conditionSubtypeId = conditionSubtypeId;
    }

    public Instant getScheduledDeliveryStartDate() {
        return scheduledDeliveryStartDate;
    }

    public void setScheduledDeliveryStartDate(Instant scheduledDeliveryStartDate) {
        this.scheduledDeliveryStartDate = scheduledDeliveryStartDate;
    }

    public Instant getScheduledDeliveryEndDate() {
        return scheduledDeliveryEndDate;
    }

    public void setScheduledDeliveryEndDate(Instant scheduledDeliveryEndDate) {
        this.scheduledDeliveryEndDate = scheduledDeliveryEndDate;
    }

    public String getPriceDesignation() {
        return priceDesignation;
    }

    public void setPriceDesignation(String priceDesignation) {
        this.priceDesignation = priceDesignation;
    }

    public TaxCollection getTaxCollection() {
        return taxCollection;
    }

    public void setTaxCollection(TaxCollection taxCollection) {
        this.taxCollection = taxCollection;
    }

    public Boolean getSerialNumberRequired() {
        return serialNumberRequired;
    }

    public void setSerialNumberRequired(Boolean serialNumberRequired) {
        this.serialNumberRequired = serialNumberRequired;
    }

    public Boolean getIsTransparency() {
        return isTransparency;
    }

    public void setIsTransparency(Boolean isTransparency) {
        this.isTransparency = isTransparency;
    }

    public String getIossNumber() {
        return iossNumber;
    }

    public void setIossNumber(String iossNumber) {
        this.iossNumber = iossNumber;
    }

    public String getDeemedResellerCategory() {
        return deemedResellerCategory;
    }

    public void setDeemedResellerCategory(String deemedResellerCategory) {
        this.deemedResellerCategory = deemedResellerCategory;
    }

    @Override
    public String recordId() {
        return orderItemId != null ? orderItemId : sellerSKU + "/" + asin;
    }

    @Override
    public String toString() {
        return "OrderItem["
               + "OrderItemId=" + orderItemId
               + ", SellerSKU=" + sellerSKU
               + ", ASIN=" + asin
               + ", QuantityOrdered=" + quantityOrdered
               + ", QuantityShipped=" + quantityShipped
               + ", ItemPrice=" + itemPrice + "]";
    }
}
