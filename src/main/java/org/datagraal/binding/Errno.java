package org.datagraal.binding;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Linux errno values, negative as libuv returns them, for the failures Java reports as exceptions. */
final class Errno {
    static final int EPERM = -1;
    static final int EIO = -5;
    static final int EBADF = -9;
    static final int EAGAIN = -11;
    static final int EACCES = -13;
    static final int EINVAL = -22;
    static final int ENOSYS = -38;
    static final int EMSGSIZE = -90;
    static final int EAFNOSUPPORT = -97;
    static final int EADDRINUSE = -98;
    static final int EADDRNOTAVAIL = -99;
    static final int ENETUNREACH = -101;
    static final int ENOBUFS = -105;
    static final int ECONNREFUSED = -111;
    static final int EHOSTUNREACH = -113;
    static final int ECANCELED = -125;
    /** Not an OS error: the network policy or a runtime limit refused; UdpWrap.lastDenial() says why. */
    static final int DENIED = -1_000_001;

    private Errno() {
    }

    /** What the JDK says for each errno: it reports the OS error only as the message text. */
    private static final Map<String, Integer> BY_MESSAGE = orderedMap(
            "already in use", EADDRINUSE,
            "cannot assign requested address", EADDRNOTAVAIL,
            "message too long", EMSGSIZE,
            "network is unreachable", ENETUNREACH,
            "no route to host", EHOSTUNREACH,
            "host is unreachable", EHOSTUNREACH,
            "no buffer space", ENOBUFS,
            "permission denied", EACCES,
            "operation not permitted", EPERM,
            "protocol family unavailable", EAFNOSUPPORT,
            "address family not supported", EAFNOSUPPORT,
            "connection refused", ECONNREFUSED,
            "invalid argument", EINVAL);

    /** The errno behind a Java I/O failure, EIO when the JDK's words say nothing known. */
    static int of(IOException failure) {
        if (failure instanceof ClosedChannelException) {
            return EBADF;
        }
        if (failure instanceof PortUnreachableException) {
            return ECONNREFUSED;
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> entry : BY_MESSAGE.entrySet()) {
            if (message.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return EIO;
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
