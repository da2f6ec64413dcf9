package org.apache.camel.component.mws.model.orders;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A postal address (ShippingAddress, DefaultShipFromLocationAddress). Personal data: toString() shows only
 * country and region.
 */
public class Address {

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "AddressLine1")
    private String addressLine1;

    @XmlElement(name = "AddressLine2")
    private String addressLine2;

    @XmlElement(name = "AddressLine3")
    private String addressLine3;

    @XmlElement(name = "City")
    private String city;

    @XmlElement(name = "County")
    private String county;

    @XmlElement(name = "District")
    private String district;

    @XmlElement(name = "StateOrRegion")
    private String stateOrRegion;

    @XmlElement(name = "Municipality")
    private String municipality;

    @XmlElement(name = "PostalCode")
    private String postalCode;

    @XmlElement(name = "CountryCode")
    private String countryCode;

    @XmlElement(name = "Phone")
    private String phone;

    @XmlElement(name = "AddressType")
    private String addressType;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getAddressLine3() {
        return addressLine3;
    }

    public void setAddressLine3(String addressLine3) {
        this.addressLine3 = addressLine3;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStateOrRegion() {
        return stateOrRegion;
    }

    public void setStateOrRegion(String stateOrRegion) {
        this.stateOrRegion = stateOrRegion;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddressType() {
        return addressType;
    }

    public void setAddressType(String addressType) {
        this.addressType = addressType;
    }

    @Override
    public String toString() {
        return "Address["
               + "CountryCode=" + countryCode
               + ", StateOrRegion=" + stateOrRegion + "]";
    }
}
