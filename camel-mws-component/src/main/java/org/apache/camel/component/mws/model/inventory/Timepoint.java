package org.apache.camel.component.mws.model.inventory;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * When supply is available: TimepointType (Immediately, DateTime, Unknown) and, for DateTime, the DateTime.
 */
public class Timepoint {

    @XmlElement(name = "TimepointType")
    private String timepointType;

    @XmlElement(name = "DateTime")
    private Instant dateTime;

    public String getTimepointType() {
        return timepointType;
    }

    public void setTimepointType(String timepointType) {
        this.timepointType = timepointType;
    }

    public Instant getDateTime() {
        return dateTime;
    }

    public void setDateTime(Instant dateTime) {
        this.dateTime = dateTime;
    }

    @Override
    public String toString() {
        return "Timepoint["
               + "TimepointType=" + timepointType
               + ", DateTime=" + dateTime + "]";
    }
}
