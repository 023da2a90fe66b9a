import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The floor of the receive benchmarks: a plain Java NIO receiver (one blocking DatagramChannel,
 * one direct buffer, a counter), the most this machine delivers to one socket on one core.
 * It measures as the JS receivers do: from the first datagram it waits out the warm-up, then
 * counts for the measured seconds.
 *
 *   java NioReceiver PORT WARMUP_SECONDS MEASURED_SECONDS
 *
 * Prints {@code listening PORT} once bound, then {@code result rate=<datagrams/s> count=<n> ...}.
 */
public final class NioReceiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long warmup = (long) (Double.parseDouble(args[1]) * 1e9);
        long measured = (long) (Double.parseDouble(args[2]) * 1e9);
        Watchdog.exitAfter(Double.parseDouble(args[1]) + Double.parseDouble(args[2]) + 60, "no traffic");
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET)) {
            channel.bind(new InetSocketAddress("127.0.0.1", port));
            System.out.println("listening " + port);
            ByteBuffer buffer = ByteBuffer.allocateDirect(65536);
            channel.receive(buffer);
            long first = System.nanoTime();
            long windowStart = first + warmup;
            long windowEnd = windowStart + measured;
            long count = 1;
            long countAtStart = -1;
            long startedAt = 0;
            long now;
            while (true) {
                buffer.clear();
                channel.receive(buffer);
                count++;
                now = System.nanoTime();
                if (countAtStart < 0 && now >= windowStart) {
                    countAtStart = count;
                    startedAt = now;
                } else if (now >= windowEnd) {
                    break;
                }
            }
            double seconds = (now - startedAt) / 1e9;
            double warmupRate = countAtStart / ((startedAt - first) / 1e9);
            System.out.printf("result rate=%.0f count=%d seconds=%.3f warmup_rate=%.0f%n", (count - countAtStart) / seconds,
                    count - countAtStart, seconds, warmupRate);
        }
        System.exit(0);
    }
}
