package org.datagraal;

/** A runtime ended by something other than its script: a limit it exceeded, or a failure of datagraal. */
public final class DatagraalException extends RuntimeException {
    public DatagraalException(String message, Throwable cause) {
        super(message, cause);
    }
}
