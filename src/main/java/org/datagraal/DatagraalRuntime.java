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
import org.datagraal.binding.FileAccess;
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
 * <p>Safe by default: the script reaches no Java class, creates no thread or process, reads and
 * writes no file outside its module roots ({@link Builder#moduleRoots}, the working folder unless
 * given), and {@code process.exit()} ends this runtime, never the JVM. The network policy and the
 * limits of the {@link Builder} bound its UDP traffic. Every method may be called from any thread;
 * {@link #close()} closes every socket, cancels timers and lookups and joins the loop thread, and
 * may be called twice.
 *
 * <p>To put {@code require('dgram')} and the event loop into a Context the application builds and
 * drives itself, see {@link Builder#install} and {@link InstalledRuntime}.
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

    /**
     * Starts describing a runtime.
     *
     * @return a builder with Node's defaults, but safe: no arguments, an empty environment, the JVM's
     *         working folder as the only module root, {@code System.out} and {@code System.err}, no
     *         input, every UDP operation allowed, no limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the script at {@code script} on a new loop thread, as {@code node script} would: a
     * CommonJS module, or an ES module when it is .mjs or in a "type": "module" package.
     *
     * @param script the main module's path, relative to the working folder or absolute; it must lie
     *               under a module root
     * @return the exit code, to come: 0, {@code process.exitCode}, {@code process.exit()}'s code, 1
     *         after an uncaught exception; exceptionally a {@link DatagraalException} when a limit
     *         ended the run
     * @throws IllegalStateException when this runtime has run a script already, or is closed
     */
    public CompletableFuture<Integer> runMain(Path script) {
        Path absolute = settings.cwd.resolve(script).toAbsolutePath().normalize();
        return start(runtime -> runtime.runMain(absolute.toString()), absolute.toString());
    }

    /**
     * Starts {@code source} on a new loop thread as {@code node -e source} would: {@code require}
     * resolves from the working folder, and {@code process.argv} is the runtime's name followed by
     * {@link Builder#args}.
     *
     * @param source CommonJS source
     * @return the exit code, to come, as for {@link #runMain}
     * @throws IllegalStateException when this runtime has run a script already, or is closed
     */
    public CompletableFuture<Integer> eval(String source) {
        return start(runtime -> runtime.runEval(source, false), null);
    }

    /**
     * From any thread: runs {@code task} on the loop thread, between two callbacks, with the
     * runtime's Context entered, so it may read globals and call JavaScript functions. Java objects
     * reach the script only this way, and only where {@code task} hands them over (as polyglot
     * proxies or objects with {@code @HostAccess.Export} members).
     *
     * @param task work for the loop thread
     * @param <T>  the result's type
     * @return the task's result (or what it threw), to come; fails with an
     *         {@link IllegalStateException} before the run started and once it has ended
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

    /**
     * The exit code, as {@link #runMain} and {@link #eval} return it; 143 when {@link #close()}
     * ended the run.
     *
     * @return the exit code, to come
     */
    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    /**
     * From any thread, any number of times: ends the run if it is still going (without
     * {@code 'exit'} listeners), closes its sockets, cancels its timers and lookups, and joins the
     * loop thread (waiting up to 10 seconds).
     */
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
        NodeRuntime created = new NodeRuntime(settings.options(scriptPath), settings.contextBuilder,
                settings.statementLimit, settings.keepAlive);
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
                // A close() from another thread can reach the loop thread as Truffle's raw cancel
                // exception (seen when it lands between two calls into JS): the run ended as asked.
                exit.complete(created.exitCode());
            } else {
                exit.completeExceptionally(new DatagraalException("the runtime failed: " + e, e));
            }
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

    /**
     * How a runtime is set up. Every setting has a default, and a builder may build several runtimes
     * (which share its settings, including those changed after {@code build()} until they start).
     */
    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final List<String> nodeOptions = new ArrayList<>();
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
        private List<Path> moduleRoots;
        private Context.Builder contextBuilder;

        private Builder() {
        }

        /**
         * The script's arguments: {@code process.argv} after the runtime's name and the script's path.
         *
         * @param args arguments, appended to those given before
         * @return this builder
         */
        public Builder args(String... args) {
            this.args.addAll(List.of(args));
            return this;
        }

        /**
         * Node's own flags that the runtime honours, seen by the script in {@code process.execArgv}:
         * {@code --no-warnings}, {@code --no-deprecation}, {@code --expose-gc} (a global
         * {@code gc()}), and {@code --test-udp-no-try-send} (every dgram send waits in the socket's
         * send queue, so the queue and its limit can be exercised on a loopback that never fills).
         *
         * @param flags flags, appended to those given before
         * @return this builder
         * @throws IllegalArgumentException for a flag the runtime does not honour
         */
        public Builder nodeOptions(String... flags) {
            for (String flag : flags) {
                if (!SUPPORTED_NODE_OPTIONS.contains(flag)) {
                    throw new IllegalArgumentException("the Node option " + flag + " is not supported by datagraal"
                            + " (supported: " + String.join(", ", SUPPORTED_NODE_OPTIONS) + ")");
                }
            }
            nodeOptions.addAll(List.of(flags));
            return this;
        }

        private static final List<String> SUPPORTED_NODE_OPTIONS =
                List.of("--no-warnings", "--no-deprecation", "--test-udp-no-try-send", "--expose-gc");

        /**
         * Variables of {@code process.env}. It is empty unless given: the JVM's own environment is
         * not passed on (pass {@code System.getenv()} for that).
         *
         * @param env variables, added to those given before
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env.putAll(env);
            return this;
        }

        /**
         * The working folder: {@code process.cwd()}, the base of relative paths and of
         * {@code require} in {@link #eval}, and the default module root. Default: the JVM's.
         *
         * @param cwd a folder
         * @return this builder
         */
        public Builder cwd(Path cwd) {
            this.cwd = cwd.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Where {@code process.stdout} and {@code console.log} write. Default: {@code System.out}.
         *
         * @param stdout a stream, which the runtime does not close
         * @return this builder
         */
        public Builder stdout(OutputStream stdout) {
            this.stdout = stdout;
            return this;
        }

        /**
         * Where {@code process.stderr}, {@code console.error}, warnings and uncaught exceptions
         * write. Default: {@code System.err}.
         *
         * @param stderr a stream, which the runtime does not close
         * @return this builder
         */
        public Builder stderr(OutputStream stderr) {
            this.stderr = stderr;
            return this;
        }

        /**
         * The script's standard input, for {@code process.stdin}. Default: none (an empty stream).
         *
         * @param stdin a stream, which the runtime does not close
         * @return this builder
         */
        public Builder stdin(InputStream stdin) {
            this.stdin = stdin;
            return this;
        }

        /**
         * Whether a dgram send offset or length past the end of the message throws Node 20's
         * {@code RangeError [ERR_BUFFER_OUT_OF_BOUNDS]} (as {@code --strict-send-bounds} does)
         * instead of being clamped with a warning. Default: clamped.
         *
         * @param strict throw instead of clamping
         * @return this builder
         */
        public Builder strictSendBounds(boolean strict) {
            this.strictSendBounds = strict;
            return this;
        }

        /**
         * Which UDP binds, sends, connects and multicast memberships the script may make; others
         * fail with {@code ERR_ACCESS_DENIED} before anything reaches a socket. Default:
         * {@link NetworkPolicy#allowAll()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder networkPolicy(NetworkPolicy policy) {
            this.networkPolicy = policy;
            return this;
        }

        /**
         * At most this many UDP sockets bound at once; binding one more fails with
         * {@code ERR_ACCESS_DENIED}. Default: no limit.
         *
         * @param maxSockets a count
         * @return this builder
         */
        public Builder maxSockets(int maxSockets) {
            this.maxSockets = maxSockets;
            return this;
        }

        /**
         * At most this many bytes waiting in one socket's send queue (what
         * {@code socket.getSendQueueSize()} reports: datagrams the kernel could not take yet); a send
         * beyond fails with {@code ERR_ACCESS_DENIED} in its callback. Default: no limit.
         *
         * @param bytes a size
         * @return this builder
         */
        public Builder maxQueuedSendBytes(long bytes) {
            this.maxQueuedSendBytes = bytes;
            return this;
        }

        /**
         * At most this many JavaScript statements in all (a polyglot {@code ResourceLimits}
         * statement limit); exceeding it ends the run, and its exit code fails with a
         * {@link DatagraalException}. Default: no limit.
         *
         * @param statements a count, or 0 for no limit
         * @return this builder
         */
        public Builder statementLimit(long statements) {
            this.statementLimit = statements;
            return this;
        }

        /**
         * Whether the loop stays alive after the script has nothing left to do, waiting for
         * {@link DatagraalRuntime#submit} work, until {@link DatagraalRuntime#close()}. Default: the
         * run ends as Node's does, when nothing keeps the loop alive.
         *
         * @param keepAlive wait for submitted work
         * @return this builder
         */
        public Builder keepAlive(boolean keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        /**
         * The folders whose files the script may read and write, through {@code fs} and
         * {@code require}, its own modules included; relative folders are taken from the working
         * folder. Paths are judged by where they really lead (links and {@code ..} resolved), and
         * any other path fails as Node's permission model fails: {@code ERR_ACCESS_DENIED} with
         * {@code permission} {@code 'FileSystemRead'} or {@code 'FileSystemWrite'}. Default: the
         * working folder alone. {@code moduleRoots(Path.of("/"))} allows every file, as the CLI does.
         *
         * @param roots folders that need not exist yet; replaces the roots given before
         * @return this builder
         */
        public Builder moduleRoots(Path... roots) {
            this.moduleRoots = List.of(roots);
            return this;
        }

        /**
         * Builds the runtime's Context from the host's own builder (its engine, options, logging,
         * class lookup, ...) instead of datagraal's. The runtime first applies {@link #configure} to
         * it, which replaces its HostAccess: expose Java objects with {@code @HostAccess.Export} or
         * polyglot proxies, or build the Context yourself and {@link #install} datagraal into it.
         * Runtimes built this way share an Engine only if the builder names one.
         *
         * @param builder a builder for the "js" language; used once per runtime built
         * @return this builder
         */
        public Builder contextBuilder(Context.Builder builder) {
            this.contextBuilder = builder;
            return this;
        }

        /**
         * Creates a runtime with these settings. It starts with {@link #runMain} or {@link #eval}.
         *
         * @return a new runtime, not running yet
         */
        public DatagraalRuntime build() {
            return new DatagraalRuntime(this);
        }

        /**
         * Sets on the host's Context builder what datagraal needs in a Context: a HostAccess that
         * allows the {@code @HostAccess.Export} methods of its bindings and buffer access
         * ({@code HostAccess.EXPLICIT} with {@code allowBufferAccess}), the JS options of Node's
         * global scope (ECMAScript 2024, V8's stack trace API, unhandled promise rejections reported
         * to datagraal, no shell globals such as {@code print} and {@code load}) and this builder's
         * statement limit. Call it before your own settings to change any of them; {@link #install}
         * checks that the result still suits.
         *
         * @param builder a builder for the "js" language
         * @return {@code builder}
         */
        public Context.Builder configure(Context.Builder builder) {
            return NodeRuntime.configure(builder, statementLimit);
        }

        /**
         * Installs datagraal into a Context the host built, on the calling thread: Node's global
         * scope ({@code process}, {@code console}, timers, {@code Buffer}, ...) and a global
         * {@code require} resolving from the working folder, with {@code dgram} and the other
         * built-in modules. The host then drives the event loop with
         * {@link InstalledRuntime#runLoop()} or {@link InstalledRuntime#runLoopNoWait()}, on a thread
         * that may enter the Context.
         *
         * <p>The Context must allow JavaScript, {@code @HostAccess.Export} methods and buffer access
         * (as {@link #configure} sets them); it should have V8's stack trace API and report unhandled
         * rejections to datagraal, or errors and rejections look less like Node's. Arguments,
         * environment, working folder, output streams, network policy, module roots and limits are
         * this builder's; {@link #keepAlive} makes {@code runLoop()} wait for
         * {@link InstalledRuntime#submit} work until {@link InstalledRuntime#close()}.
         *
         * @param context a Context no thread but the caller's is using, into which datagraal was not
         *                installed before
         * @return the installed runtime, whose loop is not running yet
         * @throws DatagraalException when the Context lacks what datagraal needs, or the installation
         *                            fails
         */
        public InstalledRuntime install(Context context) {
            return InstalledRuntime.install(context, options(null), keepAlive);
        }

        private RuntimeOptions options(String scriptPath) {
            List<String> argv = new ArrayList<>();
            argv.add("datagraal");
            if (scriptPath != null) {
                argv.add(scriptPath);
            }
            argv.addAll(args);
            List<Path> roots = new ArrayList<>();
            for (Path root : moduleRoots == null ? List.of(cwd) : moduleRoots) {
                roots.add(cwd.resolve(root).normalize());
            }
            return new RuntimeOptions(argv, List.copyOf(nodeOptions), Map.copyOf(env), cwd.toString(), "datagraal", stdout, stderr,
                    stdin, strictSendBounds, networkPolicy, new BindingContext.Limits(maxSockets, maxQueuedSendBytes),
                    FileAccess.within(roots));
        }
    }
}
