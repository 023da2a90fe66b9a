import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The external receiver of the send benchmark: counts every datagram that arrives until it is
 * stopped (SIGTERM, after the JS sender has finished), then prints {@code result received=<n>}.
 * A large receive buffer and a blocking loop keep it ahead of any JS sender.
 *
 *   java CountingSink PORT MAX_SECONDS
 */
public final class CountingSink {
    private static volatile long count;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Watchdog.exitAfter(Double.parseDouble(args[1]), "still receiving");
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
        channel.bind(new InetSocketAddress("127.0.0.1", port));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("result received=" + count)));
        System.out.println("listening " + port);
        ByteBuffer buffer = ByteBuffer.allocateDirect(65536);
        long received = 0;
        while (true) {
            buffer.clear();
            channel.receive(buffer);
            count = ++received;
        }
    }
}
