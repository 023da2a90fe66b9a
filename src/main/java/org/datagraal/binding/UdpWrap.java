package org.datagraal.binding;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayDeque;
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
    /** libuv's UV_UDP_REUSEADDR flag for bind. */
    private static final int FLAG_REUSE_ADDR = 4;
    /** Datagrams handed to JS per wake-up before the loop gets a turn (timers keep running). */
    private static final int RECEIVE_BATCH = 64;

    private final BindingContext context;
    private final boolean ipv6;
    private final ByteBuffer receiveBuffer;
    private final ArrayDeque<OutgoingDatagram> sendQueue = new ArrayDeque<>();
    private DatagramChannel channel;
    private SelectionKey key;
    private boolean receiving;
    private Value onMessage;
    private Value onError;
    private String lastTargetIp;
    private int lastTargetPort = -1;
    private InetSocketAddress lastTarget;
    private InetAddress lastSender;
    private String lastSenderText;

    private record OutgoingDatagram(ByteBuffer bytes, InetSocketAddress target, Value callback) {
    }

    UdpWrap(BindingContext context, boolean ipv6, ByteBuffer receiveBuffer) {
        super(context.loop());
        this.context = context;
        this.ipv6 = ipv6;
        this.receiveBuffer = receiveBuffer;
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

    /** Binds to a literal IP address and port; returns 0 or a negative errno. */
    @HostAccess.Export
    public int bind(String ip, int port, int flags) {
        if (isClosing()) {
            return Errno.EBADF;
        }
        if (channel != null) {
            return Errno.EINVAL;
        }
        try {
            InetAddress address = InetAddress.getByName(ip);
            DatagramChannel opened = DatagramChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            try {
                opened.configureBlocking(false);
                if ((flags & FLAG_REUSE_ADDR) != 0) {
                    opened.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                }
                opened.bind(new InetSocketAddress(address, port));
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            channel = opened;
            key = loop.watch(channel, 0, this::onReady);
            return 0;
        } catch (UnknownHostException e) {
            return Errno.EINVAL;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Errno.EAFNOSUPPORT;
        }
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
        InetSocketAddress target;
        try {
            target = target(ip, port);
        } catch (UnknownHostException e) {
            return Errno.EINVAL;
        }
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        ByteBuffer datagram = ByteBuffer.wrap(bytes);
        if (sendQueue.isEmpty()) {
            try {
                if (channel.send(datagram, target) > 0 || length == 0) {
                    return length + 1;
                }
            } catch (IOException e) {
                return Errno.of(e);
            } catch (RuntimeException e) {
                return Errno.EINVAL;
            }
        }
        // The kernel buffer is full (EAGAIN): queue it and send when the socket is writable.
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
        if (key != null) {
            key.cancel();
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The descriptor is gone either way.
            }
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
            context.callbacks.invoke(onMessage, ByteBuffer.wrap(bytes), senderText(from.getAddress()), from.getPort());
        }
    }

    private void flushSendQueue() {
        OutgoingDatagram next;
        while ((next = sendQueue.peek()) != null && !isClosing()) {
            int status;
            try {
                if (channel.send(next.bytes(), next.target()) == 0 && next.bytes().remaining() > 0) {
                    break;
                }
                status = next.bytes().limit();
            } catch (IOException e) {
                status = Errno.of(e);
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

    private InetSocketAddress target(String ip, int port) throws UnknownHostException {
        if (port != lastTargetPort || !ip.equals(lastTargetIp)) {
            lastTarget = new InetSocketAddress(InetAddress.getByName(ip), port);
            lastTargetIp = ip;
            lastTargetPort = port;
        }
        return lastTarget;
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
