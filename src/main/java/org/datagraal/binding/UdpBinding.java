package org.datagraal.binding;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/**
 * Creates UDP handles; all of a runtime's sockets share one receive buffer and one send buffer on
 * its loop thread (a datagram passes through them within one call).
 */
public final class UdpBinding {
    /** Large enough for any UDP datagram: NIO silently truncates to the buffer's size. */
    static final int MAX_DATAGRAM = 65536;
    private final BindingContext context;
    private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
    private final ByteBuffer sendBuffer = ByteBuffer.allocate(MAX_DATAGRAM);

    UdpBinding(BindingContext context) {
        this.context = context;
    }

    @HostAccess.Export
    public UdpWrap create(boolean ipv6) {
        return new UdpWrap(context, ipv6, receiveBuffer, sendBuffer);
    }
}
