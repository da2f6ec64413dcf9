package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A Result of a ProcessingReport: the message it is about (MessageID, 0 when it concerns the whole feed),
 * ResultCode (Error or Warning), ResultMessageCode, ResultDescription and AdditionalInfo (SKU).
 */
public class ProcessingResult {

    @XmlElement(name = "MessageID")
    private Long messageID;

    @XmlElement(name = "ResultCode")
    private String resultCode;

    @XmlElement(name = "ResultMessageCode")
    private Integer resultMessageCode;

    @XmlElement(name = "ResultDescription")
    private String resultDescription;

    @XmlElement(name = "AdditionalInfo")
    private AdditionalInfo additionalInfo;

    public Long getMessageID() {
        return messageID;
    }

    public void setMessageID(Long messageID) {
        this.messageID = messageID;
    }

    public String getResultCode() {
        return resultCode;
    }

    public void setResultCode(String resultCode) {
        this.resultCode = resultCode;
    }

    public Integer getResultMessageCode() {
        return resultMessageCode;
    }

    public void setResultMessageCode(Integer resultMessageCode) {
        this.resultMessageCode = resultMessageCode;
    }

    public String getResultDescription() {
        return resultDescription;
    }

    public void setResultDescription(String resultDescription) {
        this.resultDescription = resultDescription;
    }

    public AdditionalInfo getAdditionalInfo() {
        return additionalInfo;
    }

    public void setAdditionalInfo(AdditionalInfo additionalInfo) {
        this.additionalInfo = additionalInfo;
    }

    @Override
    public String toString() {
        return "ProcessingResult["
               + "MessageID=" + messageID
               + ", ResultCode=" + resultCode
               + ", ResultMessageCode=" + resultMessageCode
               + ", AdditionalInfo=" + additionalInfo + "]";
    }
}
