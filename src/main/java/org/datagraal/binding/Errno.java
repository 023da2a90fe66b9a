package org.datagraal.binding;

import java.io.IOException;
import java.net.BindException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/** Linux errno values, negative as libuv returns them, for the failures Java reports as exceptions. */
final class Errno {
    static final int EPERM = -1;
    static final int EIO = -5;
    static final int EBADF = -9;
    static final int EAGAIN = -11;
    static final int EACCES = -13;
    static final int EINVAL = -22;
    static final int EMSGSIZE = -90;
    static final int EAFNOSUPPORT = -97;
    static final int EADDRINUSE = -98;
    static final int EADDRNOTAVAIL = -99;
    static final int ENETUNREACH = -101;
    static final int ENOBUFS = -105;
    static final int ECONNREFUSED = -111;
    static final int EHOSTUNREACH = -113;
    static final int ECANCELED = -125;

    private Errno() {
    }

    /** The errno behind a Java I/O failure; the JDK only gives it as the message text. */
    static int of(IOException failure) {
        if (failure instanceof ClosedChannelException) {
            return EBADF;
        }
        if (failure instanceof PortUnreachableException) {
            return ECONNREFUSED;
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        if (failure instanceof BindException || message.contains("already in use")) {
            if (message.contains("already in use")) {
                return EADDRINUSE;
            }
            if (message.contains("cannot assign") || message.contains("not available")) {
                return EADDRNOTAVAIL;
            }
            if (message.contains("permission") || message.contains("access")) {
                return EACCES;
            }
        }
        if (message.contains("cannot assign requested address")) {
            return EADDRNOTAVAIL;
        }
        if (message.contains("message too long")) {
            return EMSGSIZE;
        }
        if (message.contains("network is unreachable")) {
            return ENETUNREACH;
        }
        if (message.contains("no route to host") || message.contains("host is unreachable")) {
            return EHOSTUNREACH;
        }
        if (message.contains("no buffer space")) {
            return ENOBUFS;
        }
        if (message.contains("permission denied")) {
            return EACCES;
        }
        if (message.contains("operation not permitted")) {
            return EPERM;
        }
        if (message.contains("protocol family unavailable") || message.contains("address family not supported")) {
            return EAFNOSUPPORT;
        }
        if (message.contains("invalid argument")) {
            return EINVAL;
        }
        if (failure instanceof SocketException && message.contains("connection refused")) {
            return ECONNREFUSED;
        }
        return EIO;
    }
}
