package org.datagraal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.datagraal.binding.BindingContext;
import org.datagraal.runtime.NodeRuntime;
import org.datagraal.runtime.RuntimeOptions;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * A Node-style JavaScript runtime inside a Java application: one script with {@code require('dgram')},
 * its own event loop on its own thread, and its own polyglot Context (all runtimes of a JVM share
 * one Engine, so code compiled for one serves the others).
 *
 * <pre>{@code
 * try (DatagraalRuntime runtime = DatagraalRuntime.builder()
 *         .networkPolicy(NetworkPolicy.parseAllowNet("127.0.0.1"))
 *         .build()) {
 *     int exitCode = runtime.runMain(Path.of("server.js")).get();
 * }
 * }</pre>
 *
 * <p>Safe by default: the script reaches no Java class, creates no thread or process, and
 * {@code process.exit()} ends this runtime, never the JVM. Every method may be called from any
 * thread; {@link #close()} closes every socket, cancels timers and lookups and joins the loop
 * thread, and may be called twice.
 */
public final class DatagraalRuntime implements AutoCloseable {
    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
    private static final long LOOP_THREAD_STACK_BYTES = 64L << 20;

    private final Builder settings;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Set<CompletableFuture<?>> pendingTasks = ConcurrentHashMap.newKeySet();
    private volatile NodeRuntime runtime;
    private Thread loopThread;
    private volatile boolean closed;

    private DatagraalRuntime(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the script at {@code script} (CommonJS, or an ES module when it is .mjs or in a
     * "type": "module" package) on the loop thread; completes with its exit code.
     */
    public CompletableFuture<Integer> runMain(Path script) {
        Path absolute = settings.cwd.resolve(script).toAbsolutePath().normalize();
        return start(runtime -> runtime.runMain(absolute.toString()), absolute.toString());
    }

    /** Starts {@code source} as `node -e` would; completes with the exit code. */
    public CompletableFuture<Integer> eval(String source) {
        return start(runtime -> runtime.runEval(source, false), null);
    }

    /**
     * Runs {@code task} on the loop thread with the runtime's Context entered (so it may read
     * globals and call JS functions) and completes with its result. Fails once the run has ended.
     */
    public <T> CompletableFuture<T> submit(Function<Context, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        NodeRuntime current = runtime;
        if (current == null || exit.isDone() || closed) {
            result.completeExceptionally(new IllegalStateException("the runtime is not running"));
            return result;
        }
        pendingTasks.add(result);
        current.post(context -> {
            try {
                result.complete(task.apply(context));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                if (e instanceof PolyglotException polyglot && polyglot.isCancelled()) {
                    throw polyglot;
                }
            } finally {
                pendingTasks.remove(result);
            }
        });
        if (exit.isDone()) {
            failPendingTasks();
        }
        return result;
    }

    /** Completes with the exit code when the run ends (exceptionally if a limit ended it). */
    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    /** Ends the run if it is still going, closes its sockets and timers, joins the loop thread. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            thread = loopThread;
        }
        NodeRuntime current = runtime;
        if (current != null) {
            current.terminate(143);
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exit.complete(143);
        failPendingTasks();
    }

    private synchronized CompletableFuture<Integer> start(Function<NodeRuntime, Integer> entry, String scriptPath) {
        if (closed) {
            throw new IllegalStateException("the runtime is closed");
        }
        if (loopThread != null) {
            throw new IllegalStateException("a runtime runs one script; build another runtime for the next");
        }
        NodeRuntime created = new NodeRuntime(settings.options(scriptPath), settings.statementLimit, settings.keepAlive);
        runtime = created;
        loopThread = new Thread(null, () -> runLoop(created, entry),
                "datagraal-loop-" + THREAD_NUMBERS.incrementAndGet(), LOOP_THREAD_STACK_BYTES);
        loopThread.setDaemon(true);
        loopThread.start();
        return exit;
    }

    private void runLoop(NodeRuntime created, Function<NodeRuntime, Integer> entry) {
        try (created) {
            exit.complete(entry.apply(created));
        } catch (PolyglotException e) {
            if (created.exitCode() != null) {
                exit.complete(created.exitCode());
            } else if (e.isResourceExhausted()) {
                exit.completeExceptionally(new DatagraalException(
                        "the script exceeded its statement limit of " + settings.statementLimit, e));
            } else {
                exit.completeExceptionally(new DatagraalException("the runtime failed: " + e.getMessage(), e));
            }
        } catch (RuntimeException | Error e) {
            if (created.exitCode() != null) {
                // Cancelled by close() or process.exit(); the cancellation can surface unwrapped
                // when it hits a callback from the loop.
                exit.complete(created.exitCode());
                return;
            }
            exit.completeExceptionally(new DatagraalException("the runtime failed: " + e, e));
        } finally {
            failPendingTasks();
        }
    }

    private void failPendingTasks() {
        for (CompletableFuture<?> task : List.copyOf(pendingTasks)) {
            task.completeExceptionally(new IllegalStateException("the runtime ended before the task ran"));
            pendingTasks.remove(task);
        }
    }

    /** How a runtime is set up; every setting has Node's default. */
    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path cwd = Path.of("").toAbsolutePath();
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private InputStream stdin = InputStream.nullInputStream();
        private boolean strictSendBounds;
        private NetworkPolicy networkPolicy = NetworkPolicy.allowAll();
        private int maxSockets = Integer.MAX_VALUE;
        private long maxQueuedSendBytes = Long.MAX_VALUE;
        private long statementLimit;
        private boolean keepAlive;

        private Builder() {
        }

        /** The script's arguments (process.argv after the script path). */
        public Builder args(String... args) {
            this.args.addAll(List.of(args));
            return this;
        }

        /** process.env; empty unless given (the JVM's own environment is not passed on). */
        public Builder env(Map<String, String> env) {
            this.env.putAll(env);
            return this;
        }

        /** The working folder: process.cwd() and the base of relative paths. */
        public Builder cwd(Path cwd) {
            this.cwd = cwd.toAbsolutePath().normalize();
            return this;
        }

        public Builder stdout(OutputStream stdout) {
            this.stdout = stdout;
            return this;
        }

        public Builder stderr(OutputStream stderr) {
            this.stderr = stderr;
            return this;
        }

        public Builder stdin(InputStream stdin) {
            this.stdin = stdin;
            return this;
        }

        /** dgram send offsets/lengths past the message throw Node 20's RangeError instead of clamping. */
        public Builder strictSendBounds(boolean strict) {
            this.strictSendBounds = strict;
            return this;
        }

        public Builder networkPolicy(NetworkPolicy policy) {
            this.networkPolicy = policy;
            return this;
        }

        /** At most this many UDP sockets bound at once. */
        public Builder maxSockets(int maxSockets) {
            this.maxSockets = maxSockets;
            return this;
        }

        /** At most this many bytes waiting in one socket's send queue. */
        public Builder maxQueuedSendBytes(long bytes) {
            this.maxQueuedSendBytes = bytes;
            return this;
        }

        /** At most this many JS statements in all; exceeding it ends the run with a DatagraalException. */
        public Builder statementLimit(long statements) {
            this.statementLimit = statements;
            return this;
        }

        /** Keep running after the script has nothing left to do, waiting for {@link #submit}, until close(). */
        public Builder keepAlive(boolean keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        public DatagraalRuntime build() {
            return new DatagraalRuntime(this);
        }

        private RuntimeOptions options(String scriptPath) {
            List<String> argv = new ArrayList<>();
            argv.add("datagraal");
            if (scriptPath != null) {
                argv.add(scriptPath);
            }
            argv.addAll(args);
            return new RuntimeOptions(argv, List.of(), Map.copyOf(env), cwd.toString(), "datagraal", stdout, stderr,
                    stdin, strictSendBounds, networkPolicy, new BindingContext.Limits(maxSockets, maxQueuedSendBytes));
        }
    }
}
