package org.datagraal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cycles of create, bind, send, close (bench/robust/leaks.js's runCycles, in one kept-alive
 * runtime) leave nothing behind: after a warm-up, then after {@code leaks.cycles} more cycles
 * (5,000 unless -Dleaks.cycles=N; bench/robust/run.sh does 100,000), the JVM's open descriptors,
 * its threads, the loop's selector keys and the heap after a full GC are back at their baseline,
 * and every datagram reached the sink.
 */
class LeaksTest {
    private static final int CYCLES = Integer.getInteger("leaks.cycles", 5000);
    private static final int WARMUP_CYCLES = 200;

    record Snapshot(int descriptors, int threads, int watchedChannels, long heapUsed) {
    }

    @Test
    @Timeout(600)
    void createBindSendCloseCyclesReturnToBaseline() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path leaks = Path.of("bench/robust/leaks.js").toAbsolutePath();
        RuntimeOptions options = new RuntimeOptions(List.of("datagraal"), List.of(), System.getenv(),
                leaks.getParent().toString(), "datagraal", output, output, InputStream.nullInputStream(), false);
        NodeRuntime runtime = new NodeRuntime(options, 0, true);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread loop = new Thread(null, () -> {
            try {
                exit.complete(runtime.runEval("globalThis.leaks = require(" + quote(leaks) + ");"
                        + "leaks.openSink().then((sink) => { globalThis.sink = sink; });", false));
            } catch (RuntimeException | Error e) {
                exit.completeExceptionally(e);
            }
        }, "leaks-test-loop", 64L << 20);
        loop.start();
        try {
            awaitSink(runtime);
            runCycles(runtime, WARMUP_CYCLES);
            Snapshot before = snapshot(runtime);
            runCycles(runtime, CYCLES);
            Snapshot after = snapshot(runtime);
            String report = "before " + before + "\nafter " + after + "\n" + output.toString(StandardCharsets.UTF_8);
            System.out.println("LeaksTest, " + CYCLES + " cycles:\n" + report);
            assertTrue(after.descriptors() <= before.descriptors(), report);
            assertTrue(after.threads() <= before.threads(), report);
            assertEquals(before.watchedChannels(), after.watchedChannels(), report);
            // A leak of one socket's state per cycle would be megabytes; GC noise is far less.
            assertTrue(after.heapUsed() - before.heapUsed() < 16L << 20, report);
            int received = onLoop(runtime, context -> context.getBindings("js").getMember("sink")
                    .getMember("received").asInt());
            assertEquals(WARMUP_CYCLES + CYCLES, received, report);
        } finally {
            runtime.terminate(0);
            loop.join(30_000);
            runtime.close();
        }
    }

    private static String quote(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void awaitSink(NodeRuntime runtime) throws Exception {
        for (int i = 0; i < 600; i++) {
            boolean ready = onLoop(runtime, context -> {
                Value sink = context.getBindings("js").getMember("sink");
                return sink != null && !sink.isNull();
            });
            if (ready) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sink never bound");
    }

    private static void runCycles(NodeRuntime runtime, int cycles) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        runtime.post(context -> {
            Value bindings = context.getBindings("js");
            Value promise = bindings.getMember("leaks").invokeMember("runCycles", cycles,
                    bindings.getMember("sink").getMember("port"));
            promise.invokeMember("then", (ProxyExecutable) arguments -> done.complete(null),
                    (ProxyExecutable) arguments -> done.completeExceptionally(
                            new AssertionError("a cycle failed: " + arguments[0])));
        });
        done.get(590, TimeUnit.SECONDS);
    }

    private static Snapshot snapshot(NodeRuntime runtime) throws Exception {
        int watched = onLoop(runtime, context -> runtime.watchedChannels());
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Snapshot(count("/proc/self/fd"), Thread.activeCount(), watched, heapUsed);
    }

    private static int count(String folder) {
        String[] entries = new File(folder).list();
        return entries == null ? -1 : entries.length;
    }

    private static <T> T onLoop(NodeRuntime runtime, java.util.function.Function<org.graalvm.polyglot.Context, T> task)
            throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        runtime.post(context -> {
            try {
                result.complete(task.apply(context));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
