package org.datagraal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** datagraal installed into Contexts the host builds, its loop driven by the host's threads. */
@Timeout(120)
class InstalledRuntimeTest {

    @Test
    void aHostContextGetsRequireDgramAndTheHostDrivesItsLoop() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder().stdout(out);
        try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             Context context = settings.configure(Context.newBuilder("js")).build()) {
            context.getBindings("js").putMember("peerPort", peer.getLocalPort());
            try (InstalledRuntime node = settings.install(context)) {
                context.eval("js", """
                        const dgram = require('node:dgram');
                        const socket = dgram.createSocket('udp4');
                        socket.on('message', (msg) => { console.log('reply', String(msg)); socket.close(); });
                        socket.send('hello', peerPort, '127.0.0.1');
                        process.nextTick(() => console.log('tick'));
                        process.on('exit', (code) => console.log('exit', code));
                        """);
                // A Java peer answers; the host's thread meanwhile drives the loop.
                peer.setSoTimeout(60_000);
                CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> {
                    try {
                        DatagramPacket packet = new DatagramPacket(new byte[100], 100);
                        peer.receive(packet);
                        peer.send(new DatagramPacket("back".getBytes(StandardCharsets.UTF_8), 4, packet.getSocketAddress()));
                        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                node.runLoop();   // returns once the socket is closed: nothing is left to do
                assertEquals("hello", heard.get(10, TimeUnit.SECONDS));
                assertEquals("tick\nreply back\n", out.toString(StandardCharsets.UTF_8));
            }
            assertEquals("tick\nreply back\nexit 0\n", out.toString(StandardCharsets.UTF_8));
            // The Context is the host's and goes on.
            assertEquals(42, context.eval("js", "6 * 7").asInt());
        }
    }

    @Test
    void contextsWithoutTheNeededHostAccessAreRefusedClearly() {
        try (Context noExports = Context.newBuilder("js").allowHostAccess(HostAccess.NONE).build();
             Context noBuffers = Context.newBuilder("js").allowHostAccess(HostAccess.EXPLICIT).build()) {
            DatagraalException exports = assertThrows(DatagraalException.class,
                    () -> DatagraalRuntime.builder().install(noExports));
            assertTrue(exports.getMessage().contains("does not allow methods annotated with @HostAccess.Export"),
                    exports.getMessage());
            DatagraalException buffers = assertThrows(DatagraalException.class,
                    () -> DatagraalRuntime.builder().install(noBuffers));
            assertTrue(buffers.getMessage().contains("does not allow buffer access"), buffers.getMessage());
        }
    }

    @Test
    void installingTwiceIntoOneContextIsRefused() {
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder();
        try (Context context = settings.configure(Context.newBuilder("js")).build();
             InstalledRuntime node = settings.install(context)) {
            DatagraalException twice = assertThrows(DatagraalException.class, () -> settings.install(context));
            assertTrue(twice.getMessage().contains("installed into this Context already"), twice.getMessage());
            assertEquals("object", context.eval("js", "typeof process").asString());
        }
    }

    @Test
    void processExitEndsTheInstalledRuntimeAndClosesItsContextNotTheJvm() throws Exception {
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder().stdout(new ByteArrayOutputStream());
        Context context = settings.configure(Context.newBuilder("js")).build();
        try (InstalledRuntime node = settings.install(context)) {
            context.eval("js", "setTimeout(() => process.exit(3), 5); setInterval(() => {}, 1000);");
            node.runLoop();
            assertEquals(3, node.exitCode().get(10, TimeUnit.SECONDS));
            PolyglotException cancelled = assertThrows(PolyglotException.class, () -> context.eval("js", "1"));
            assertTrue(cancelled.isCancelled(), cancelled.getMessage());
            node.runLoop();   // returns at once: the runtime has ended
            assertFalse(node.runLoopNoWait());
        }
        assertCancelledOnClose(context);
    }

    /** Context.close() reports that the Context was cancelled (by process.exit or a limit) by throwing. */
    private static void assertCancelledOnClose(Context context) {
        PolyglotException cancelled = assertThrows(PolyglotException.class, context::close);
        assertTrue(cancelled.isCancelled() || cancelled.isResourceExhausted(), cancelled.getMessage());
    }

    @Test
    void submitFromOtherThreadsRunsOnTheThreadThatDrivesTheLoopUntilClose() throws Exception {
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder().keepAlive(true);
        try (Context context = settings.configure(Context.newBuilder("js")).build()) {
            InstalledRuntime node = settings.install(context);
            context.eval("js", "globalThis.count = 0;");
            Thread host = Thread.currentThread();
            List<CompletableFuture<Boolean>> results = new ArrayList<>();
            List<Thread> submitters = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread submitter = new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        CompletableFuture<Boolean> result = node.submit(c -> {
                            c.eval("js", "count++");
                            return Thread.currentThread() == host;
                        });
                        synchronized (results) {
                            results.add(result);
                        }
                    }
                });
                submitters.add(submitter);
                submitter.start();
            }
            Thread closer = new Thread(() -> {
                try {
                    for (Thread submitter : submitters) {
                        submitter.join();
                    }
                    List<CompletableFuture<Boolean>> all;
                    synchronized (results) {
                        all = List.copyOf(results);
                    }
                    CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    node.close();
                }
            });
            closer.start();
            node.runLoop();   // serves the submitters until the closer closes the runtime
            closer.join();
            assertEquals(100, results.size());
            for (CompletableFuture<Boolean> result : results) {
                assertTrue(result.get(1, TimeUnit.SECONDS), "ran on the host's thread");
            }
            assertEquals(100, context.eval("js", "count").asInt());
            // close() came from another thread, but the loop's own thread released the runtime as
            // runLoop() returned: it ran the 'exit' listeners, and process.exitCode is unset.
            assertEquals(0, node.exitCode().get(10, TimeUnit.SECONDS));
            ExecutionException late = assertThrows(ExecutionException.class,
                    () -> node.submit(c -> 1).get(10, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, late.getCause());
        }
    }

    @Test
    void closeFromAnotherThreadMidTrafficLeavesNoThreadOrDescriptor() throws Exception {
        String traffic = """
                const dgram = require('dgram');
                const a = dgram.createSocket('udp4');
                a.on('message', () => { globalThis.received = (globalThis.received || 0) + 1; });
                a.bind(0, '127.0.0.1', () => {
                  const b = dgram.createSocket('udp4');
                  setInterval(() => { for (let i = 0; i < 20; i++) b.send('x', a.address().port, 'localhost'); }, 1);
                  require('fs').readFile(__filename, () => {});
                });
                """;
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder();
        // Once first, so that what the JVM opens lazily for good (jars, selectors) is in the baseline.
        try (Context warm = settings.configure(Context.newBuilder("js")).build();
             InstalledRuntime node = settings.install(warm)) {
            warm.eval("js", "require('dgram').createSocket('udp4').bind(0, function () { this.close(); })");
            node.runLoop();
        }
        long descriptorsBefore = openDescriptors();
        try (Context context = settings.configure(Context.newBuilder("js")).build()) {
            InstalledRuntime node = settings.install(context);
            context.eval("js", "globalThis.__filename = 'x'; " + traffic);
            Thread closer = new Thread(() -> {
                try {
                    Integer received = null;
                    while (received == null || received < 50) {
                        Thread.sleep(20);
                        received = node.submit(c -> c.getBindings("js").getMember("received"))
                                .thenApply(v -> v == null || v.isNull() ? null : v.asInt()).get(30, TimeUnit.SECONDS);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    node.close();
                    node.close();
                }
            });
            closer.start();
            node.runLoop();
            closer.join();
            assertTrue(node.exitCode().isDone());
        }
        List<String> leftovers = List.of("?");
        for (int i = 0; i < 100 && !leftovers.isEmpty(); i++) {
            leftovers = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive).map(Thread::getName).filter(name -> name.startsWith("datagraal")).toList();
            if (!leftovers.isEmpty()) {
                Thread.sleep(50);
            }
        }
        assertEquals(List.of(), leftovers);
        assertEquals(descriptorsBefore, openDescriptors());
    }

    private static long openDescriptors() throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> descriptors = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }

    @Test
    void onlyOneThreadDrivesTheLoopAtATime() throws Exception {
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder().keepAlive(true);
        try (Context context = settings.configure(Context.newBuilder("js")).build();
             InstalledRuntime node = settings.install(context)) {
            CompletableFuture<Throwable> second = new CompletableFuture<>();
            node.submit(c -> {
                Thread other = new Thread(() -> {
                    try {
                        node.runLoopNoWait();
                        second.complete(null);
                    } catch (Throwable e) {
                        second.complete(e);
                    }
                });
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                node.close();
                return null;
            });
            node.runLoop();
            Throwable refused = second.get(10, TimeUnit.SECONDS);
            assertInstanceOf(IllegalStateException.class, refused);
            assertTrue(refused.getMessage().contains("the loop is running on thread"), refused.getMessage());
        }
    }

    @Test
    void theStatementLimitSetByConfigureEndsTheInstalledRuntime() throws Exception {
        DatagraalRuntime.Builder settings = DatagraalRuntime.builder().statementLimit(50_000);
        Context context = settings.configure(Context.newBuilder("js")).build();
        try (InstalledRuntime node = settings.install(context)) {
            context.eval("js", "setTimeout(() => { for (;;) {} }, 1);");
            DatagraalException failure = assertThrows(DatagraalException.class, node::runLoop);
            assertTrue(failure.getMessage().contains("statement limit"), failure.getMessage());
            ExecutionException exit = assertThrows(ExecutionException.class, () -> node.exitCode().get(10, TimeUnit.SECONDS));
            assertInstanceOf(DatagraalException.class, exit.getCause());
        }
        assertCancelledOnClose(context);
    }
}
