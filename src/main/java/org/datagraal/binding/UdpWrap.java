package org.datagraal.binding;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.datagraal.loop.Handle;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A UDP socket handle, the Java side of a dgram Socket (libuv's uv_udp_t): bind, send with a
 * queue for when the kernel buffer is full, receive, ref/unref, close. It is active while
 * receiving or while sends are queued. Failures come back as negative errno values, never as
 * Java exceptions; the JS side turns them into Node's errors.
 */
public final class UdpWrap extends Handle {
    /** bind flags, as libuv numbers them (UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR) plus SO_REUSEPORT. */
    private static final int FLAG_IPV6_ONLY = 1;
    private static final int FLAG_REUSE_ADDR = 4;
    private static final int FLAG_REUSE_PORT = 8;
    /** Datagrams handed to JS per wake-up before the loop gets a turn (timers keep running). */
    private static final int RECEIVE_BATCH = 64;
    /** transmit()'s answer when the kernel's send buffer is full: the datagram waits in the queue. */
    private static final int SEND_WOULD_BLOCK = 1;
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
            .contains("linux");

    private final BindingContext context;
    private final boolean ipv6;
    private final ByteBuffer receiveBuffer;
    /** The bytes of a send on their way to the kernel (shared by the runtime's sockets). */
    private final ByteBuffer sendScratch;
    private final ArrayDeque<OutgoingDatagram> sendQueue = new ArrayDeque<>();
    private DatagramChannel channel;
    private SelectionKey key;
    private boolean receiving;
    private boolean queueEverySend;
    private Value onMessage;
    private Value onError;
    private String lastTargetIp;
    private int lastTargetPort = -1;
    private InetSocketAddress lastTarget;
    private String lastDenial;
    private InetAddress lastSender;
    private String lastSenderText;

    private record OutgoingDatagram(ByteBuffer bytes, InetSocketAddress target, Value callback) {
    }

    UdpWrap(BindingContext context, boolean ipv6, ByteBuffer receiveBuffer, ByteBuffer sendScratch) {
        super(context.loop());
        this.context = context;
        this.ipv6 = ipv6;
        this.receiveBuffer = receiveBuffer;
        this.sendScratch = sendScratch;
    }

    /** {@code onMessage(bytes, address, port)} receives each datagram; bytes is a fresh buffer. */
    @HostAccess.Export
    public void setOnMessage(Value onMessage) {
        this.onMessage = onMessage;
    }

    /** {@code onError(errno)} receives receive-side failures. */
    @HostAccess.Export
    public void setOnError(Value onError) {
        this.onError = onError;
    }

    /** Node's --test-udp-no-try-send: sends always wait in the queue for the socket to be writable. */
    @HostAccess.Export
    public void queueEverySend() {
        queueEverySend = true;
    }

    /** Binds to a literal IP address and port; returns 0 or a negative errno. */
    @HostAccess.Export
    public int bind(String ip, int port, int flags) {
        if (isClosing()) {
            return Errno.EBADF;
        }
        if (channel != null || !isOwnFamily(ip)) {
            return Errno.EINVAL;
        }
        try {
            InetAddress address = Addresses.parseLiteral(ip);
            if (address == null) {
                return Errno.EINVAL;
            }
            if (!context.networkPolicy.allowsBind(address, port)) {
                return deny("bind to " + endpoint(address, port) + " is denied by the network policy");
            }
            if (context.openSockets >= context.limits.maxSockets()) {
                return deny("the runtime's limit of " + context.limits.maxSockets() + " sockets is reached");
            }
            DatagramChannel opened = DatagramChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            try {
                opened.configureBlocking(false);
                if ((flags & FLAG_REUSE_ADDR) != 0) {
                    opened.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                }
                if ((flags & FLAG_REUSE_PORT) != 0) {
                    opened.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                }
                if (ipv6) {
                    int status = NativeSocketOptions.get().setInt(opened, NativeSocketOptions.IPPROTO_IPV6,
                            NativeSocketOptions.IPV6_V6ONLY, (flags & FLAG_IPV6_ONLY) != 0 ? 1 : 0);
                    if (status != 0 && (flags & FLAG_IPV6_ONLY) != 0) {
                        opened.close();
                        return status;
                    }
                }
                opened.bind(new InetSocketAddress(address, port));
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            channel = opened;
            context.openSockets++;
            key = loop.watch(channel, 0, this::onReady);
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Errno.EAFNOSUPPORT;
        }
    }

    /** Connects to a literal IP address and port; returns 0 or a negative errno. */
    @HostAccess.Export
    public int connect(String ip, int port) {
        if (channel == null) {
            return Errno.EBADF;
        }
        InetAddress address = isOwnFamily(ip) ? Addresses.parseLiteral(ip) : null;
        if (address == null) {
            return Errno.EINVAL;
        }
        if (!context.networkPolicy.allowsDestination(address, port)) {
            return deny("connect to " + endpoint(address, port) + " is denied by the network policy");
        }
        try {
            channel.connect(new InetSocketAddress(address, port));
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (RuntimeException e) {
            return Errno.EINVAL;
        }
    }

    @HostAccess.Export
    public int disconnect() {
        if (channel == null) {
            return Errno.EBADF;
        }
        try {
            channel.disconnect();
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        }
    }

    /** The connected peer's address as Node writes it, or null when not connected. */
    @HostAccess.Export
    public String remoteAddress() {
        InetSocketAddress remote = remoteSocketAddress();
        return remote == null ? null : Addresses.format(remote.getAddress());
    }

    /** The connected peer's port, or ENOTCONN (-107) when not connected. */
    @HostAccess.Export
    public int remotePort() {
        InetSocketAddress remote = remoteSocketAddress();
        return remote == null ? -107 : remote.getPort();
    }

    @HostAccess.Export
    public int setBroadcast(boolean on) {
        return setOption(StandardSocketOptions.SO_BROADCAST, on);
    }

    @HostAccess.Export
    public int setMulticastLoopback(boolean on) {
        return setOption(StandardSocketOptions.IP_MULTICAST_LOOP, on);
    }

    /** The unicast TTL (IPv6: hop limit); libuv accepts 1 to 255. */
    @HostAccess.Export
    public int setTtl(int ttl) {
        if (channel == null) {
            return Errno.EBADF;
        }
        if (ttl < 1 || ttl > 255) {
            return Errno.EINVAL;
        }
        return ipv6
                ? NativeSocketOptions.get().setInt(channel, NativeSocketOptions.IPPROTO_IPV6,
                        NativeSocketOptions.IPV6_UNICAST_HOPS, ttl)
                : NativeSocketOptions.get().setInt(channel, NativeSocketOptions.IPPROTO_IP, NativeSocketOptions.IP_TTL, ttl);
    }

    /** The multicast TTL (IPv6: hop limit); libuv accepts 0 to 255. */
    @HostAccess.Export
    public int setMulticastTtl(int ttl) {
        if (channel == null) {
            return Errno.EBADF;
        }
        if (ttl < 0 || ttl > 255) {
            return Errno.EINVAL;
        }
        return setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
    }

    /** The interface for outgoing multicast: an IPv4 address, or an IPv6 address with %scope. */
    @HostAccess.Export
    public int setMulticastInterface(String interfaceAddress) {
        if (channel == null) {
            return Errno.EBADF;
        }
        InetAddress address = Addresses.parseLiteral(interfaceAddress);
        if (address == null) {
            return Errno.EINVAL;
        }
        NativeSocketOptions natives = NativeSocketOptions.get();
        if (ipv6) {
            int index = address instanceof Inet6Address v6 ? v6.getScopeId() : 0;
            return natives.setInt(channel, NativeSocketOptions.IPPROTO_IPV6, NativeSocketOptions.IPV6_MULTICAST_IF, index);
        }
        if (!(address instanceof Inet4Address)) {
            return Errno.EINVAL;
        }
        return natives.set(channel, NativeSocketOptions.IPPROTO_IP, NativeSocketOptions.IP_MULTICAST_IF,
                address.getAddress());
    }

    /** Joins or leaves a multicast group, on the given interface or the kernel's choice. */
    @HostAccess.Export
    public int setMembership(String groupAddress, String interfaceAddress, boolean join) {
        // As libuv: membership on an unbound socket binds it first, to any address and port 0.
        if (channel == null) {
            int status = bind(ipv6 ? "::" : "0.0.0.0", 0, FLAG_REUSE_ADDR);
            if (status != 0) {
                return status;
            }
        }
        InetAddress group = Addresses.parseLiteral(groupAddress);
        InetAddress local = interfaceAddress == null ? null : Addresses.parseLiteral(interfaceAddress);
        if (group == null || (interfaceAddress != null && local == null)) {
            return Errno.EINVAL;
        }
        if (!context.networkPolicy.allowsGroup(group)) {
            return deny("membership of " + Addresses.format(group) + " is denied by the network policy");
        }
        // As libuv, the group's family picks the option, whatever the socket's; the kernel decides.
        NativeSocketOptions natives = NativeSocketOptions.get();
        if (group instanceof Inet4Address) {
            byte[] request = new byte[8];
            System.arraycopy(group.getAddress(), 0, request, 0, 4);
            if (local != null) {
                System.arraycopy(local.getAddress(), 0, request, 4, 4);
            }
            return natives.set(channel, NativeSocketOptions.IPPROTO_IP,
                    join ? NativeSocketOptions.IP_ADD_MEMBERSHIP : NativeSocketOptions.IP_DROP_MEMBERSHIP, request);
        }
        byte[] request = new byte[20];
        System.arraycopy(group.getAddress(), 0, request, 0, 16);
        int index = local instanceof Inet6Address v6 ? v6.getScopeId() : 0;
        writeNativeInt(request, 16, index);
        return natives.set(channel, NativeSocketOptions.IPPROTO_IPV6,
                join ? NativeSocketOptions.IPV6_ADD_MEMBERSHIP : NativeSocketOptions.IPV6_DROP_MEMBERSHIP, request);
    }

    /**
     * Joins or leaves a source-specific multicast group. As libuv: the addresses are checked
     * first, then an unbound socket is bound (any address, port 0), then the kernel decides.
     */
    @HostAccess.Export
    public int setSourceMembership(String sourceAddress, String groupAddress, String interfaceAddress, boolean join) {
        if (isClosing()) {
            return Errno.EBADF;
        }
        InetAddress source = Addresses.parseLiteral(sourceAddress);
        InetAddress group = Addresses.parseLiteral(groupAddress);
        InetAddress local = interfaceAddress == null ? null : Addresses.parseLiteral(interfaceAddress);
        if (source == null || group == null || (interfaceAddress != null && local == null)
                || (group instanceof Inet4Address) != (source instanceof Inet4Address)
                || (local != null && (group instanceof Inet4Address) != (local instanceof Inet4Address))) {
            return Errno.EINVAL;
        }
        if (!context.networkPolicy.allowsGroup(group)) {
            return deny("membership of " + Addresses.format(group) + " is denied by the network policy");
        }
        if (channel == null) {
            int status = bind(ipv6 ? "::" : "0.0.0.0", 0, FLAG_REUSE_ADDR);
            if (status != 0) {
                return status;
            }
        }
        NativeSocketOptions natives = NativeSocketOptions.get();
        if (group instanceof Inet4Address) {
            // struct ip_mreq_source: group, interface, source.
            byte[] request = new byte[12];
            System.arraycopy(group.getAddress(), 0, request, 0, 4);
            if (local != null) {
                System.arraycopy(local.getAddress(), 0, request, 4, 4);
            }
            System.arraycopy(source.getAddress(), 0, request, 8, 4);
            return natives.set(channel, NativeSocketOptions.IPPROTO_IP,
                    join ? NativeSocketOptions.IP_ADD_SOURCE_MEMBERSHIP : NativeSocketOptions.IP_DROP_SOURCE_MEMBERSHIP,
                    request);
        }
        // struct group_source_req: the interface index, then two sockaddr_storage (8-aligned).
        byte[] request = new byte[8 + 2 * SOCKADDR_STORAGE];
        writeNativeInt(request, 0, local instanceof Inet6Address v6 ? v6.getScopeId() : 0);
        writeSocketAddress6(request, 8, group);
        writeSocketAddress6(request, 8 + SOCKADDR_STORAGE, source);
        return natives.set(channel, NativeSocketOptions.IPPROTO_IPV6,
                join ? NativeSocketOptions.MCAST_JOIN_SOURCE_GROUP : NativeSocketOptions.MCAST_LEAVE_SOURCE_GROUP,
                request);
    }

    private static final int SOCKADDR_STORAGE = 128;
    private static final short AF_INET6 = 10;

    /** A struct sockaddr_in6 (port 0) at {@code offset}: family, port, flow info, address, scope. */
    private static void writeSocketAddress6(byte[] bytes, int offset, InetAddress address) {
        ByteBuffer.wrap(bytes, offset, 28).order(java.nio.ByteOrder.nativeOrder()).putShort(AF_INET6);
        System.arraycopy(address.getAddress(), 0, bytes, offset + 8, 16);
        writeNativeInt(bytes, offset + 24, address instanceof Inet6Address v6 ? v6.getScopeId() : 0);
    }

    /**
     * Reads (size 0) or sets the receive or send buffer size; returns the size the kernel reports
     * (Linux doubles what was set), 0 after a set, or a negative errno.
     */
    @HostAccess.Export
    public int bufferSize(boolean receive, int size) {
        if (channel == null) {
            return Errno.EBADF;
        }
        SocketOption<Integer> option = receive ? StandardSocketOptions.SO_RCVBUF : StandardSocketOptions.SO_SNDBUF;
        try {
            if (size == 0) {
                // Linux keeps double the size asked for and reports that; the JDK halves it back.
                int reported = channel.getOption(option);
                return LINUX ? reported * 2 : reported;
            }
            channel.setOption(option, size);
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (RuntimeException e) {
            return Errno.EINVAL;
        }
    }

    /** Why the last call returned DENIED: the network policy or a runtime limit. */
    @HostAccess.Export
    public String lastDenial() {
        return lastDenial;
    }

    @HostAccess.Export
    public int deniedStatus() {
        return Errno.DENIED;
    }

    private int deny(String why) {
        lastDenial = why;
        return Errno.DENIED;
    }

    private static String endpoint(InetAddress address, int port) {
        String text = Addresses.format(address);
        return (text.indexOf(':') >= 0 ? "[" + text + "]" : text) + ":" + port;
    }

    /** Why native socket options are unavailable (then calls return NATIVE_UNAVAILABLE), or null. */
    @HostAccess.Export
    public String nativeOptionsUnavailableReason() {
        return NativeSocketOptions.get().unavailableReason();
    }

    @HostAccess.Export
    public int nativeUnavailableStatus() {
        return NativeSocketOptions.UNAVAILABLE;
    }

    private <T> int setOption(SocketOption<T> option, T value) {
        if (channel == null) {
            return Errno.EBADF;
        }
        try {
            channel.setOption(option, value);
            return 0;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (RuntimeException e) {
            return Errno.EINVAL;
        }
    }

    private static void writeNativeInt(byte[] bytes, int offset, int value) {
        ByteBuffer.wrap(bytes, offset, 4).order(java.nio.ByteOrder.nativeOrder()).putInt(value);
    }

    @HostAccess.Export
    public int recvStart() {
        if (channel == null) {
            return Errno.EBADF;
        }
        receiving = true;
        updateInterest();
        return 0;
    }

    @HostAccess.Export
    public int recvStop() {
        receiving = false;
        if (channel != null) {
            updateInterest();
        }
        return 0;
    }

    /** The bound local port, or a negative errno (EBADF when not bound). */
    @HostAccess.Export
    public int localPort() {
        InetSocketAddress local = localSocketAddress();
        return local == null ? Errno.EBADF : local.getPort();
    }

    /** The bound local address as Node writes it, or null when not bound. */
    @HostAccess.Export
    public String localAddress() {
        InetSocketAddress local = localSocketAddress();
        return local == null ? null : Addresses.format(local.getAddress());
    }

    /**
     * Sends {@code length} bytes of {@code arrayBuffer} from {@code offset} to ip:port. Returns
     * {@code length + 1} when the datagram left at once, 0 when it was queued (then
     * {@code callback(status, bytes)} runs from the loop when it leaves), or a negative errno.
     */
    @HostAccess.Export
    public int send(Value arrayBuffer, int offset, int length, int port, String ip, Value callback) {
        if (channel == null || isClosing()) {
            return Errno.EBADF;
        }
        InetSocketAddress target = null;
        if (ip != null) {
            target = target(ip, port);
            if (target == null) {
                return Errno.EINVAL;
            }
            if (!context.networkPolicy.allowsDestination(target.getAddress(), port)) {
                return deny("send to " + endpoint(target.getAddress(), port) + " is denied by the network policy");
            }
        }
        ByteBuffer datagram;
        if (sendQueue.isEmpty() && !queueEverySend && length <= sendScratch.capacity()) {
            // Most sends leave at once: through one reused buffer, with nothing allocated.
            datagram = sendScratch.clear().limit(length);
            if (length > 0) {
                arrayBuffer.readBuffer(offset, sendScratch.array(), 0, length);
            }
            int status = transmit(datagram, target);
            if (status != SEND_WOULD_BLOCK) {
                return status < 0 ? status : length + 1;
            }
            datagram = ByteBuffer.wrap(Arrays.copyOf(sendScratch.array(), length));
        } else {
            byte[] bytes = new byte[length];
            if (length > 0) {
                arrayBuffer.readBuffer(offset, bytes, 0, length);
            }
            datagram = ByteBuffer.wrap(bytes);
        }
        // The kernel buffer is full (EAGAIN): queue it and send when the socket is writable.
        if (sendQueueSize() + length > context.limits.maxQueuedSendBytes()) {
            return deny("the runtime's limit of " + context.limits.maxQueuedSendBytes()
                    + " bytes queued for sending is reached");
        }
        sendQueue.add(new OutgoingDatagram(datagram, target, callback));
        loop.requestStarted();
        updateInterest();
        return 0;
    }

    /** Datagrams waiting for the socket to become writable. */
    @HostAccess.Export
    public int sendQueueCount() {
        return sendQueue.size();
    }

    /** Bytes waiting for the socket to become writable. */
    @HostAccess.Export
    public double sendQueueSize() {
        long bytes = 0;
        for (OutgoingDatagram datagram : sendQueue) {
            bytes += datagram.bytes().remaining();
        }
        return bytes;
    }

    @HostAccess.Export
    public void refHandle() {
        ref();
    }

    @HostAccess.Export
    public void unrefHandle() {
        unref();
    }

    @HostAccess.Export
    public boolean hasRefHandle() {
        return hasRef();
    }

    /** Closes the socket now; {@code onClosed} runs in the loop's close phase. */
    @HostAccess.Export
    public void close(Value onClosed) {
        close(onClosed == null || onClosed.isNull() ? null : () -> context.callbacks.invoke(onClosed));
    }

    @Override
    protected void release() {
        if (channel != null) {
            context.openSockets--;
            try {
                channel.close();
            } catch (IOException ignored) {
                // The descriptor is gone either way.
            }
        }
        if (key != null) {
            // Only now does the JDK close the descriptor, so the port is free when JS sees 'close'.
            loop.unwatch(key);
        }
        // Queued sends never leave: their callbacks learn so, as libuv's UV_ECANCELED.
        OutgoingDatagram pending;
        while ((pending = sendQueue.poll()) != null) {
            OutgoingDatagram cancelled = pending;
            loop.defer(() -> {
                loop.requestFinished();
                completeSend(cancelled, Errno.ECANCELED);
            });
        }
    }

    private void onReady(int readyOps) {
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            flushSendQueue();
        }
        if ((readyOps & SelectionKey.OP_READ) != 0) {
            receiveBatch();
        }
    }

    private void receiveBatch() {
        for (int i = 0; i < RECEIVE_BATCH && receiving && !isClosing(); i++) {
            receiveBuffer.clear();
            SocketAddress sender;
            try {
                sender = channel.receive(receiveBuffer);
            } catch (IOException e) {
                if (onError != null) {
                    context.callbacks.invoke(onError, Errno.of(e));
                }
                return;
            }
            if (sender == null) {
                return;
            }
            receiveBuffer.flip();
            byte[] bytes = new byte[receiveBuffer.remaining()];
            receiveBuffer.get(bytes);
            InetSocketAddress from = (InetSocketAddress) sender;
            context.callbacks.invokeMessage(onMessage, ByteBuffer.wrap(bytes), senderText(from.getAddress()), from.getPort());
        }
    }

    private void flushSendQueue() {
        OutgoingDatagram next;
        while ((next = sendQueue.peek()) != null && !isClosing()) {
            int status = transmit(next.bytes(), next.target());
            if (status == SEND_WOULD_BLOCK) {
                break;
            }
            if (status >= 0) {
                status = next.bytes().limit();
            }
            sendQueue.poll();
            loop.requestFinished();
            completeSend(next, status);
        }
        updateInterest();
    }

    private void completeSend(OutgoingDatagram datagram, int status) {
        if (datagram.callback() != null && !datagram.callback().isNull()) {
            context.callbacks.invoke(datagram.callback(), status);
        }
    }

    private void updateInterest() {
        if (key == null || !key.isValid()) {
            return;
        }
        int ops = (receiving ? SelectionKey.OP_READ : 0) | (sendQueue.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        key.interestOps(ops);
        setActive(ops != 0);
    }

    /**
     * Sends to {@code target}, or to the connected peer when it is null: 0 when the datagram left,
     * {@link #SEND_WOULD_BLOCK} when the kernel buffer is full, or a negative errno.
     */
    private int transmit(ByteBuffer datagram, InetSocketAddress target) {
        boolean empty = !datagram.hasRemaining();
        try {
            if (target != null) {
                // An empty datagram to an address leaves through NIO; the JDK cannot tell whether
                // it waited, so it counts as sent.
                return channel.send(datagram, target) > 0 || empty ? 0 : SEND_WOULD_BLOCK;
            }
            if (empty) {
                // NIO's write of nothing to the connected peer makes no system call at all.
                int status = NativeSocketOptions.get().sendEmpty(channel);
                return status == Errno.EAGAIN ? SEND_WOULD_BLOCK : status;
            }
            return channel.write(datagram) > 0 ? 0 : SEND_WOULD_BLOCK;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (RuntimeException e) {
            return Errno.EINVAL;
        }
    }

    /** libuv reads an address as the socket's own family only (uv_ip4_addr, uv_ip6_addr): else EINVAL. */
    private boolean isOwnFamily(String ip) {
        return ipv6 == (ip.indexOf(':') >= 0);
    }

    private InetSocketAddress target(String ip, int port) {
        if (port != lastTargetPort || !ip.equals(lastTargetIp)) {
            InetAddress address = isOwnFamily(ip) ? Addresses.parseLiteral(ip) : null;
            if (address == null) {
                return null;
            }
            lastTarget = new InetSocketAddress(address, port);
            lastTargetIp = ip;
            lastTargetPort = port;
        }
        return lastTarget;
    }

    private InetSocketAddress remoteSocketAddress() {
        if (channel == null || !channel.isOpen()) {
            return null;
        }
        try {
            return (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Peers tend to repeat: format a sender's address once, not once per datagram. */
    private String senderText(InetAddress sender) {
        if (!sender.equals(lastSender)) {
            lastSenderText = Addresses.formatForFamily(sender, ipv6);
            lastSender = sender;
        }
        return lastSenderText;
    }

    private InetSocketAddress localSocketAddress() {
        if (channel == null || !channel.isOpen()) {
            return null;
        }
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }
}
