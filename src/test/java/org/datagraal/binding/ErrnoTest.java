package org.datagraal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;

class ErrnoTest {
    @Test
    void mapsWhatTheJdkReportsForARealPortInUse() throws IOException {
        try (DatagramSocket first = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             DatagramChannel second = DatagramChannel.open()) {
            BindException failure = null;
            try {
                second.bind(first.getLocalSocketAddress());
            } catch (BindException e) {
                failure = e;
            }
            assertEquals(Errno.EADDRINUSE, Errno.of(failure));
        }
    }

    @Test
    void mapsExceptionTypesAndMessages() {
        assertEquals(Errno.EBADF, Errno.of(new ClosedChannelException()));
        assertEquals(Errno.ECONNREFUSED, Errno.of(new PortUnreachableException()));
        assertEquals(Errno.EMSGSIZE, Errno.of(new IOException("Message too long")));
        assertEquals(Errno.EADDRNOTAVAIL, Errno.of(new BindException("Cannot assign requested address")));
        assertEquals(Errno.EIO, Errno.of(new IOException("something new")));
    }

    @Test
    void formatsIpv6AsInetNtopDoes() throws IOException {
        assertEquals("::1", Addresses.format(InetAddress.getByName("::1")));
        assertEquals("::", Addresses.format(InetAddress.getByName("::")));
        assertEquals("fe80::1:0:0:2", Addresses.format(InetAddress.getByName("fe80:0:0:0:1:0:0:2")));
        assertEquals("2001:db8::1:0:0:1", Addresses.format(InetAddress.getByName("2001:db8:0:0:1:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.format(InetAddress.getByName("2001:db8:0:1:1:1:1:1")));
        assertEquals("127.0.0.1", Addresses.format(InetAddress.getByName("127.0.0.1")));
        assertEquals("::ffff:127.0.0.1", Addresses.formatForFamily(InetAddress.getByName("127.0.0.1"), true));
    }
}
