import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;

/**
 * The external datagram source of the receive benchmarks, the same process for every receiver.
 * It must outrun them all, so it hands the kernel up to 64 datagrams per system call: a connected
 * socket with UDP_SEGMENT (GSO) set, one send() of 64 back-to-back segments, called through the
 * Foreign Function & Memory API. Where that is unavailable it falls back to one
 * DatagramChannel.write per datagram (about 8 times slower here) and says so.
 *
 *   java Sender --port P [--size 64] [--json] [--seconds S] [--warmup W] [--plain]
 *   java Sender --discard ...   sends to a socket of its own that nobody reads: the sender's ceiling
 *
 * It runs for warmup + seconds (or until killed when seconds is 0) and then prints
 * {@code result rate=<datagrams/s over the last `seconds`> datagrams=<n> mode=gso|plain}.
 */
public final class Sender {
    private static final int SEGMENTS = 64;
    private static final int AF_INET = 2;
    private static final int SOCK_DGRAM = 2;
    private static final int SOL_UDP = 17;
    private static final int UDP_SEGMENT = 103;
    private static final int ECONNREFUSED = 111;
    private static final int ENOBUFS = 105;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    private long warmupEnd;
    private long end;
    private long measuredFrom = -1;
    private long countAtWarmupEnd;

    public static void main(String[] args) throws Throwable {
        int port = -1;
        int size = 64;
        boolean json = false;
        boolean discard = false;
        boolean plain = false;
        double seconds = 0;
        double warmup = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--json" -> json = true;
                case "--discard" -> discard = true;
                case "--plain" -> plain = true;
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        DatagramChannel sink = null;
        if (discard) {
            // Bound and never read: the kernel drops what overflows its buffer, as for a slow receiver.
            sink = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) sink.getLocalAddress()).getPort();
        }
        if (port <= 0 || size <= 0 || size > 65507) {
            throw new IllegalArgumentException("needs --port P (or --discard) and 0 < --size <= 65507");
        }
        byte[] datagrams = payloads(size, json);
        Sender sender = new Sender();
        long start = System.nanoTime();
        sender.warmupEnd = start + (long) (warmup * 1e9);
        sender.end = seconds > 0 ? sender.warmupEnd + (long) (seconds * 1e9) : Long.MAX_VALUE;
        String mode;
        long sent;
        String gsoProblem = plain ? "--plain asked for" : null;
        GsoSocket gso = null;
        if (gsoProblem == null) {
            try {
                gso = GsoSocket.open(port, size, datagrams);
            } catch (Throwable e) {
                gsoProblem = String.valueOf(e.getMessage());
            }
        }
        if (gso != null) {
            mode = "gso";
            sent = sender.runGso(gso, size);
        } else {
            System.err.println("sender: GSO unavailable (" + gsoProblem + "), one send per datagram");
            mode = "plain";
            sent = sender.runPlain(port, size, datagrams);
        }
        long stop = System.nanoTime();
        long from = sender.measuredFrom < 0 ? start : sender.measuredFrom;
        long counted = sender.measuredFrom < 0 ? sent : sent - sender.countAtWarmupEnd;
        double elapsed = (stop - from) / 1e9;
        System.out.printf("result rate=%.0f datagrams=%d seconds=%.3f mode=%s%n", counted / elapsed, sent, elapsed, mode);
        if (sink != null) {
            sink.close();
        }
    }

    /** SEGMENTS datagrams of `size` bytes back to back; JSON records padded with spaces for --json. */
    private static byte[] payloads(int size, boolean json) {
        byte[] all = new byte[size * SEGMENTS];
        for (int i = 0; i < SEGMENTS; i++) {
            byte[] one = new byte[size];
            if (json) {
                String record = String.format("{\"sensor\":\"sensor-%02d\",\"seq\":%d,\"value\":%.2f,\"ok\":true}",
                        i, 1_000_000 + i * 7919, 20 + i * 0.25);
                byte[] text = record.getBytes(StandardCharsets.US_ASCII);
                if (text.length > size) {
                    throw new IllegalArgumentException("--json needs --size >= " + text.length);
                }
                java.util.Arrays.fill(one, (byte) ' ');
                System.arraycopy(text, 0, one, 0, text.length);
            } else {
                for (int j = 0; j < size; j++) {
                    one[j] = (byte) ('a' + (i + j) % 26);
                }
            }
            System.arraycopy(one, 0, all, i * size, size);
        }
        return all;
    }

    /** Called after each send with the running total; returns false when the time is up. */
    private boolean keepGoing(long sent) {
        long now = System.nanoTime();
        if (measuredFrom < 0 && now >= warmupEnd) {
            measuredFrom = now;
            countAtWarmupEnd = sent;
        }
        return now < end;
    }

    private long runGso(GsoSocket socket, int size) throws Throwable {
        long sent = 0;
        do {
            long bytes = socket.sendAll();
            if (bytes > 0) {
                sent += bytes / size;
            }
        } while (keepGoing(sent));
        return sent;
    }

    private long runPlain(int port, int size, byte[] datagrams) throws IOException {
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET)) {
            channel.connect(new InetSocketAddress("127.0.0.1", port));
            ByteBuffer[] buffers = new ByteBuffer[SEGMENTS];
            for (int i = 0; i < SEGMENTS; i++) {
                buffers[i] = ByteBuffer.allocateDirect(size).put(datagrams, i * size, size).flip();
            }
            long sent = 0;
            do {
                for (ByteBuffer buffer : buffers) {
                    buffer.rewind();
                    try {
                        if (channel.write(buffer) > 0) {
                            sent++;
                        }
                    } catch (java.net.PortUnreachableException e) {
                        // The receiver is not there (yet or any more): keep offering.
                    }
                }
            } while (keepGoing(sent));
            return sent;
        }
    }

    /** A connected UDP socket with UDP_SEGMENT set, driven through libc with the FFM API. */
    private static final class GsoSocket {
        private final MethodHandle send;
        private final VarHandle errno;
        private final MemorySegment callState;
        private final MemorySegment buffer;
        private final int fd;

        private GsoSocket(MethodHandle send, VarHandle errno, MemorySegment callState, MemorySegment buffer, int fd) {
            this.send = send;
            this.errno = errno;
            this.callState = callState;
            this.buffer = buffer;
            this.fd = fd;
        }

        static GsoSocket open(int port, int size, byte[] datagrams) throws Throwable {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                throw new UnsupportedOperationException("UDP_SEGMENT is Linux only");
            }
            Linker linker = Linker.nativeLinker();
            Linker.Option captureErrno = Linker.Option.captureCallState("errno");
            StructLayout stateLayout = Linker.Option.captureStateLayout();
            VarHandle errno = stateLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
            MethodHandle socket = downcall(linker, "socket", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), captureErrno);
            MethodHandle connect = downcall(linker, "connect", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT), captureErrno);
            MethodHandle setsockopt = downcall(linker, "setsockopt", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT), captureErrno);
            MethodHandle send = downcall(linker, "send", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), captureErrno);
            Arena arena = Arena.global();
            MemorySegment state = arena.allocate(stateLayout);
            int fd = (int) socket.invokeExact(state, AF_INET, SOCK_DGRAM, 0);
            if (fd < 0) {
                throw new IOException("socket() failed, errno " + (int) errno.get(state, 0L));
            }
            MemorySegment address = arena.allocate(16);
            address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET);
            address.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
            address.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
            address.set(ValueLayout.JAVA_BYTE, 4, (byte) 127);
            address.set(ValueLayout.JAVA_BYTE, 7, (byte) 1);
            if ((int) connect.invokeExact(state, fd, address, 16) != 0) {
                throw new IOException("connect() failed, errno " + (int) errno.get(state, 0L));
            }
            MemorySegment segmentSize = arena.allocate(ValueLayout.JAVA_INT);
            segmentSize.set(ValueLayout.JAVA_INT, 0, size);
            if ((int) setsockopt.invokeExact(state, fd, SOL_UDP, UDP_SEGMENT, segmentSize, 4) != 0) {
                throw new IOException("setsockopt(UDP_SEGMENT) failed, errno " + (int) errno.get(state, 0L));
            }
            // At most 64 segments and one IP packet's 65507 bytes per call.
            int segments = Math.min(SEGMENTS, 65507 / size);
            MemorySegment buffer = arena.allocate((long) segments * size);
            MemorySegment.copy(datagrams, 0, buffer, ValueLayout.JAVA_BYTE, 0, segments * size);
            GsoSocket gso = new GsoSocket(send, errno, state, buffer, fd);
            // A first send proves the kernel takes GSO here (or tells why not).
            long first = (long) send.invokeExact(state, fd, buffer, buffer.byteSize(), 0);
            int error = first < 0 ? (int) errno.get(state, 0L) : 0;
            if (first < 0 && error != ECONNREFUSED && error != ENOBUFS && error != EAGAIN) {
                throw new IOException("send() with UDP_SEGMENT failed, errno " + error);
            }
            return gso;
        }

        private static MethodHandle downcall(Linker linker, String name, FunctionDescriptor descriptor,
                Linker.Option option) {
            MemorySegment symbol = linker.defaultLookup().find(name)
                    .orElseThrow(() -> new UnsupportedOperationException("no " + name + " in libc"));
            return linker.downcallHandle(symbol, descriptor, option);
        }

        /** One send of all segments; returns the bytes sent, or 0 after a transient error. */
        long sendAll() throws Throwable {
            long bytes = (long) send.invokeExact(callState, fd, buffer, buffer.byteSize(), 0);
            if (bytes >= 0) {
                return bytes;
            }
            int error = (int) errno.get(callState, 0L);
            // ECONNREFUSED: an ICMP error from before the receiver was there, or after it left.
            if (error == ECONNREFUSED || error == ENOBUFS || error == EAGAIN || error == EINTR) {
                return 0;
            }
            throw new IOException("send() failed, errno " + error);
        }
    }
}
