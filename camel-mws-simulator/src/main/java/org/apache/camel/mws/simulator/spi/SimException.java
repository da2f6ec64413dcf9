package org.apache.camel.mws.simulator.spi;

/** An MWS error answer: the protocol layer writes it as an {@code ErrorResponse} in the section's namespace. */
public class SimException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;

    public SimException(int status, String type, String code, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    /** 400 Sender InvalidParameterValue. */
    public static SimException invalidParameter(String message) {
        return new SimException(400, "Sender", "InvalidParameterValue", message);
    }

    /** 400 Sender MissingParameter. */
    public static SimException missingParameter(String name) {
        return new SimException(400, "Sender", "MissingParameter",
                "The request must contain the parameter " + name + ".");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }
}
