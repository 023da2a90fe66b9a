import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The far end of the ping-pong benchmark, the same for every client runtime: a blocking NIO
 * socket that sends each datagram straight back to where it came from. Runs until killed or
 * MAX_SECONDS have passed.
 *
 *   java EchoServer PORT MAX_SECONDS
 */
public final class EchoServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Watchdog.exitAfter(Double.parseDouble(args[1]), "still echoing");
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET)) {
            channel.bind(new InetSocketAddress("127.0.0.1", port));
            System.out.println("listening " + port);
            ByteBuffer buffer = ByteBuffer.allocateDirect(65536);
            while (true) {
                buffer.clear();
                SocketAddress from = channel.receive(buffer);
                buffer.flip();
                channel.send(buffer, from);
            }
        }
    }
}
