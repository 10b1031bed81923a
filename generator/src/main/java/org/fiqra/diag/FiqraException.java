package org.fiqra.diag;

/**
 * A build that cannot go on. {@link #contentFault()} tells whether the content is at fault (an
 * editor can fix it) or the environment is (a folder that cannot be written, a missing template).
 */
public final class FiqraException extends RuntimeException {
    private final boolean contentFault;

    public FiqraException(String message, boolean contentFault, Throwable cause) {
        super(message, cause);
        this.contentFault = contentFault;
    }

    public static FiqraException content(String message) {
        return new FiqraException(message, true, null);
    }

    public static FiqraException environment(String message, Throwable cause) {
        return new FiqraException(message, false, cause);
    }

    public boolean contentFault() {
        return contentFault;
    }
}
