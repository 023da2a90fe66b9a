import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Sends COUNT datagrams of SIZE bytes to 127.0.0.1:PORT as fast as one blocking channel can, for
 * the flood (bench/robust/flood.js); the same sender for node and datagraal. Run as a source file:
 *   java bench/robust/FloodSender.java PORT COUNT [SIZE=64]
 * Prints {@code sender sent=N seconds=S rate=R}.
 */
public final class FloodSender {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long count = Long.parseLong(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        ByteBuffer datagram = ByteBuffer.allocateDirect(size);
        long sent = 0;
        long started = System.nanoTime();
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(new InetSocketAddress("127.0.0.1", port));
            while (sent < count) {
                datagram.clear();
                try {
                    channel.write(datagram);
                } catch (PortUnreachableException gone) {
                    // The target is not reading yet or any more: the datagram counts as sent and lost.
                }
                sent++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("sender sent=%d seconds=%.2f rate=%d%n", sent, seconds, Math.round(sent / seconds));
    }
}
