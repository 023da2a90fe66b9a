package org.datagraal;

/** A runtime ended by something other than its script: a limit it exceeded, or a failure of datagraal. */
public final class DatagraalException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message what ended the runtime, or why it could not start
     * @param cause   the failure behind it, or null
     */
    public DatagraalException(String message, Throwable cause) {
        super(message, cause);
    }
}
