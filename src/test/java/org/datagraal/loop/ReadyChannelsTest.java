package org.datagraal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ready channels in one poll: their watchers run in registration order, every run alike, and a
 * watcher that closes its channel (unwatch() polls the selector again) neither breaks the
 * dispatch of the others nor loses the channels that became ready meanwhile.
 */
@Timeout(30)
class ReadyChannelsTest {
    private final EventLoop loop = new EventLoop();
    private final List<DatagramChannel> channels = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        loop.close();
        for (DatagramChannel channel : channels) {
            channel.close();
        }
    }

    private DatagramChannel open() throws Exception {
        DatagramChannel channel = DatagramChannel.open();
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        channels.add(channel);
        return channel;
    }

    private static void sendTo(DatagramChannel channel) throws Exception {
        try (DatagramChannel sender = DatagramChannel.open()) {
            sender.send(ByteBuffer.wrap(new byte[] {1}), channel.getLocalAddress());
        }
    }

    @Test
    void aWatcherClosingItsChannelLeavesTheOthersIntact() throws Exception {
        int count = 6;
        List<DatagramChannel> ready = new ArrayList<>();
        DatagramChannel late = open();
        for (int i = 0; i < count; i++) {
            ready.add(open());
        }
        SelectionKey[] keys = new SelectionKey[count];
        loop.watch(late, SelectionKey.OP_READ, ops -> {
            events.add("late");
            drain(late);
        });
        for (int i = 0; i < count; i++) {
            int index = i;
            DatagramChannel channel = ready.get(i);
            keys[i] = loop.watch(channel, SelectionKey.OP_READ, ops -> {
                events.add("ready " + index);
                drain(channel);
                if (index == 0) {
                    // A channel not yet selected becomes ready, then this one closes: unwatch()
                    // selects again while the dispatch of this poll goes on.
                    try {
                        sendTo(late);
                        Thread.sleep(20);
                        channel.close();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    loop.unwatch(keys[0]);
                }
            });
        }
        for (DatagramChannel channel : ready) {
            sendTo(channel);
        }
        Thread.sleep(50);
        for (int turn = 0; turn < 100 && events.size() < count + 1; turn++) {
            loop.runNoWait();
            Thread.sleep(5);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("ready " + i);
        }
        expected.add("late");
        assertEquals(expected, events);
    }

    private static void drain(DatagramChannel channel) {
        try {
            while (channel.isOpen() && channel.receive(ByteBuffer.allocate(16)) != null) {
                // empty it, so it is not ready again
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
