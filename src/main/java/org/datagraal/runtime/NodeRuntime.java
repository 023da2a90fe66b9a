package org.datagraal.runtime;

import org.datagraal.binding.BindingContext;
import org.datagraal.binding.BuiltinSources;
import org.datagraal.binding.HostBindings;
import org.datagraal.binding.JsCallbacks;
import org.datagraal.binding.ModuleFileSystem;
import org.datagraal.loop.AsyncHandle;
import org.datagraal.loop.EventLoop;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One Node-style runtime: a polyglot Context, its event loop and its bindings, all owned by the
 * thread that calls {@link #runMain} or {@link #runEval}. A run returns the exit code; process.exit()
 * ends the run (closing the Context), never the JVM.
 *
 * <p>Installed into a Context the host built ({@link #installInto}), the runtime does not own the
 * Context: the host drives the loop with {@link #runLoop} or {@link #runLoopNoWait} on a thread that
 * may enter it, and closing the runtime leaves the Context open.
 */
public final class NodeRuntime implements AutoCloseable {
    private static volatile Engine sharedEngine;

    private final RuntimeOptions options;
    private final EventLoop loop = new EventLoop();
    private final JsCallbacks callbacks = new JsCallbacks();
    private final Context context;
    private final boolean ownsContext;
    private final AsyncHandle inbox;
    private BindingContext bindingContext;
    private Value entryPoints;
    private volatile Integer exitCode;
    private volatile boolean stopped;
    private volatile java.util.function.IntConsumer exitListener = code -> { };

    public NodeRuntime(RuntimeOptions options) {
        this(options, 0, false);
    }

    /**
     * @param statementLimit JS statements the script may run in all (0: no limit)
     * @param keepAlive      stay alive, waiting for {@link #post}ed work, until {@link #close()}
     */
    public NodeRuntime(RuntimeOptions options, long statementLimit, boolean keepAlive) {
        this(options, null, statementLimit, keepAlive);
    }

    /**
     * @param contextBuilder the host's builder for this runtime's Context (it gets {@link #configure}d
     *                       first), or null for datagraal's own, on the Engine all runtimes share
     */
    public NodeRuntime(RuntimeOptions options, Context.Builder contextBuilder, long statementLimit,
                       boolean keepAlive) {
        this.options = options;
        this.inbox = new AsyncHandle(loop);
        if (!keepAlive) {
            inbox.unref();
        }
        Context.Builder builder = contextBuilder;
        if (builder == null) {
            builder = Context.newBuilder("js").engine(engine())
                    .out(options.stdout())
                    .err(options.stderr())
                    .in(options.stdin());
        }
        this.context = configure(builder, statementLimit).build();
        this.ownsContext = true;
    }

    private NodeRuntime(RuntimeOptions options, Context hostContext, boolean keepAlive) {
        this.options = options;
        this.inbox = new AsyncHandle(loop);
        if (!keepAlive) {
            inbox.unref();
        }
        this.context = hostContext;
        this.ownsContext = false;
    }

    /**
     * Sets on {@code builder} what the built-in modules need: host access to the bindings'
     * {@code @HostAccess.Export} methods and to byte buffers, the JS options of Node's globals, the
     * read-only module file system ES modules are loaded through (it replaces the builder's I/O
     * access), and the statement limit (when positive).
     */
    public static Context.Builder configure(Context.Builder builder, long statementLimit) {
        builder.allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build())
                .option("js.ecmascript-version", "2024")
                .option("js.console", "false")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.text-encoding", "true")
                .option("js.unhandled-rejections", "handler")
                // Error.captureStackTrace, prepareStackTrace and stackTraceLimit, as V8 has them:
                // npm packages and Node's own tests use them. GraalJS files the option as experimental.
                .allowExperimentalOptions(true)
                .option("js.stack-trace-api", "true")
                // ES modules: GraalJS reads them through a file system that serves only what the JS
                // loader resolved (Node's resolution runs when GraalJS asks the importing module's
                // path for the sibling a specifier names, bare specifiers included).
                .allowIO(IOAccess.newBuilder().fileSystem(ModuleFileSystem.INSTANCE).build())
                .option("js.esm-bare-specifier-relative-lookup", "true")
                .option("js.import-attributes", "true")
                .option("js.import-assertions", "true")
                .option("js.json-modules", "true")
                // A function's body becomes Truffle nodes when it first runs, not when its module
                // is parsed: most of the built-in modules' functions never run (start-up -13 %).
                .option("js.lazy-translation", "true");
        if (statementLimit > 0) {
            builder.resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build());
        }
        return builder;
    }

    /**
     * Installs Node's global scope (process, console, timers, Buffer, ...) and a global
     * {@code require} resolving from the working folder into {@code hostContext}, on the calling
     * thread, which must be able to enter it.
     *
     * @throws IllegalStateException with the reason when the Context lacks what the bindings need
     */
    public static NodeRuntime installInto(Context hostContext, RuntimeOptions options, boolean keepAlive) {
        ContextRequirements.check(hostContext);
        NodeRuntime runtime = new NodeRuntime(options, hostContext, keepAlive);
        try {
            runtime.bootstrap();
            runtime.entryPoints.getMember("installGlobals").executeVoid();
        } catch (RuntimeException | Error e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    /** Called once, with the code, when process.exit() (or a fatal exception) ends the runtime. */
    public void onExit(java.util.function.IntConsumer listener) {
        this.exitListener = listener;
    }

    /**
     * From any thread: runs {@code task} on the loop thread with this runtime's Context entered,
     * then drains process.nextTick callbacks the task's JS calls queued.
     */
    public void post(java.util.function.Consumer<Context> task) {
        loop.post(() -> {
            task.accept(context);
            callbacks.drainTicks();
        });
    }

    /** Channels the loop's selector watches; call it on the loop thread (from {@link #post}). */
    int watchedChannels() {
        return loop.watchedChannels();
    }

    /** The exit code once the run has ended, else null. */
    public Integer exitCode() {
        return exitCode;
    }

    /** From any thread: ends the run as process.exit(code) would, without 'exit' listeners. */
    public void terminate(int code) {
        if (exitCode == null) {
            exitCode = code;
        }
        loop.stop();
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException alreadyClosing) {
            // The run is ending anyway.
        }
    }

    /** The Engine every runtime of this JVM shares, so code compiled for one serves the others. */
    public static Engine engine() {
        Engine engine = sharedEngine;
        if (engine == null) {
            synchronized (NodeRuntime.class) {
                engine = sharedEngine;
                if (engine == null) {
                    engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
                    sharedEngine = engine;
                }
            }
        }
        return engine;
    }

    /**
     * Runs the script at {@code path} (CommonJS, or an ES module when it is .mjs or in a
     * "type": "module" package) and the loop until nothing is left; returns the exit code.
     */
    public int runMain(String path) {
        return run("runMain", path, false);
    }

    /** Runs {@code source} as `node -e` does (or `-p`, printing the result, when {@code print}). */
    public int runEval(String source, boolean print) {
        return run("runEval", source, print);
    }

    /**
     * For an installed runtime, on a thread that may enter its Context: runs callbacks until no
     * handle or request is left (libuv's UV_RUN_DEFAULT), work {@link #post}ed meanwhile included.
     * Returns early when {@link #stop()} is called or the script exits.
     */
    public void runLoop() {
        drive(() -> {
            while (!stopped && exitCode == null) {
                // Work posted while nothing was alive: run() alone would return without polling for it.
                loop.runNoWait();
                if (stopped || exitCode != null || (!loop.run() && !loop.hasPostedWork())) {
                    break;
                }
            }
        });
    }

    /**
     * For an installed runtime: runs what is due now (expired timers, ready sockets, posted work)
     * without waiting (libuv's UV_RUN_NOWAIT); returns whether work remains.
     */
    public boolean runLoopNoWait() {
        boolean[] alive = {false};
        drive(() -> alive[0] = !stopped && loop.runNoWait());
        return alive[0] && !stopped && exitCode == null;
    }

    /**
     * From any thread, for good: makes a running {@link #runLoop} return after the current callback,
     * and later calls return at once.
     */
    public void stop() {
        stopped = true;
        loop.stop();
        // A stop() just before run() begins is forgotten by run(); a posted one is not.
        loop.post(loop::stop);
    }

    // No explicit enter: if the script exits, the Context closes under us, and a thread that entered
    // a Context explicitly could not leave it any more; the host's thread must stay free to go on.
    private void drive(Runnable turn) {
        try {
            // Ticks the host's own evaluations queued (process.nextTick) run first, as after a script.
            callbacks.drainTicks();
            turn.run();
        } catch (PolyglotException e) {
            if (exitCode == null || !(e.isCancelled() || e.isExit())) {
                throw e;
            }
        }
    }

    /** For an installed runtime: emits 'exit' (when the Context can still run it) and returns the code. */
    public int emitExitIfAlive() {
        if (exitCode != null) {
            return exitCode;
        }
        try {
            Value code = entryPoints.getMember("emitExit").execute();
            return exitCode != null ? exitCode : code.asInt();
        } catch (IllegalStateException busyOrClosed) {
            return 0;
        } catch (PolyglotException e) {
            return exitCode != null ? exitCode : 1;
        }
    }

    /** Runs {@code source}, read from stdin, as `node` does when stdin is not a terminal: as "[stdin]". */
    public int runStdin(String source) {
        return run("runEval", source, false, "[stdin]");
    }

    /**
     * Runs the REPL on {@code input} until it ends (Ctrl-D, .exit, process.exit()); with
     * {@code evalFirst} (`-i -e code`) that code runs first.
     */
    public int runRepl(LineSource input, String evalFirst) {
        try (ReplSession session = new ReplSession(input, loop, callbacks)) {
            return run("runRepl", session, evalFirst);
        }
    }

    private int run(String entry, Object... arguments) {
        context.enter();
        try {
            bootstrap();
            callbacks.invoke(entryPoints.getMember(entry), arguments);
            while (exitCode == null) {
                loop.run();
                if (exitCode != null) {
                    break;
                }
                callbacks.invoke(entryPoints.getMember("emitBeforeExit"));
                if (!loop.isAlive()) {
                    break;
                }
            }
            if (exitCode == null) {
                Value finalCode = entryPoints.getMember("emitExit").execute();
                exitCode = exitCode != null ? exitCode : finalCode.asInt();
            }
            return exitCode;
        } catch (PolyglotException e) {
            if (exitCode != null && (e.isCancelled() || e.isExit())) {
                return exitCode;
            }
            throw e;
        } finally {
            loop.close();
            try {
                context.leave();
            } catch (IllegalStateException closedAlready) {
                // process.exit() closed the context while it was entered.
            }
        }
    }

    private void bootstrap() {
        bindingContext = new BindingContext(loop, callbacks, options.stdout(), options.stderr(),
                options.argv(), options.execArgv(), options.env(), options.cwd(), options.execPath(),
                options.strictSendBounds(), this::exit, options.networkPolicy(), options.limits(),
                options.fileAccess(), options.stdin());
        Value loader = context.eval(BuiltinSources.bootstrap("loader"));
        entryPoints = loader.execute(new HostBindings(bindingContext, !ownsContext));
    }

    /** process.exit(): records the code and cancels whatever JS is running, uncatchably. */
    private void exit(int code) {
        exitCode = code;
        loop.stop();
        exitListener.accept(code);
        context.close(true);
    }

    /** Closes the loop (sockets, timers) and the bindings' threads; the Context too when it is ours. */
    @Override
    public void close() {
        loop.close();
        if (bindingContext != null) {
            bindingContext.close();
        }
        if (!ownsContext) {
            return;
        }
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException ignored) {
            // Already closed by process.exit().
        }
    }
}
