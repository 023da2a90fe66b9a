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
 */
public final class NodeRuntime implements AutoCloseable {
    private static volatile Engine sharedEngine;

    private final RuntimeOptions options;
    private final EventLoop loop = new EventLoop();
    private final JsCallbacks callbacks = new JsCallbacks();
    private final Context context;
    private final AsyncHandle inbox;
    private final ModuleFileSystem moduleFiles = new ModuleFileSystem();
    private BindingContext bindingContext;
    private Value entryPoints;
    private volatile Integer exitCode;

    public NodeRuntime(RuntimeOptions options) {
        this(options, 0, false);
    }

    /**
     * @param statementLimit JS statements the script may run in all (0: no limit)
     * @param keepAlive      stay alive, waiting for {@link #post}ed work, until {@link #close()}
     */
    public NodeRuntime(RuntimeOptions options, long statementLimit, boolean keepAlive) {
        this.options = options;
        this.inbox = new AsyncHandle(loop);
        if (!keepAlive) {
            inbox.unref();
        }
        Context.Builder builder = Context.newBuilder("js")
                .engine(engine())
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build())
                .out(options.stdout())
                .err(options.stderr())
                .in(options.stdin())
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
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFiles).build())
                .option("js.esm-bare-specifier-relative-lookup", "true")
                .option("js.import-attributes", "true")
                .option("js.import-assertions", "true")
                .option("js.json-modules", "true");
        if (statementLimit > 0) {
            builder.resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build());
        }
        this.context = builder.build();
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

    private int run(String entry, String argument, boolean flag) {
        context.enter();
        try {
            bootstrap();
            callbacks.invoke(entryPoints.getMember(entry), argument, flag);
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
                options.strictSendBounds(), this::exit, options.networkPolicy(), options.limits());
        bindingContext.useModuleFiles(moduleFiles);
        Value loader = context.eval(BuiltinSources.bootstrap("loader"));
        entryPoints = loader.execute(new HostBindings(bindingContext));
    }

    /** process.exit(): records the code and cancels whatever JS is running, uncatchably. */
    private void exit(int code) {
        exitCode = code;
        loop.stop();
        context.close(true);
    }

    @Override
    public void close() {
        loop.close();
        if (bindingContext != null) {
            bindingContext.close();
        }
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException ignored) {
            // Already closed by process.exit().
        }
    }
}
