package org.datagraal;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.datagraal.runtime.NodeRuntime;
import org.datagraal.runtime.RuntimeOptions;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * datagraal installed into a Context the host built ({@link DatagraalRuntime.Builder#install}):
 * the script's {@code require('dgram')}, timers and sockets live in the host's Context, and the host
 * drives their event loop, as a C program drives libuv with {@code uv_run}.
 *
 * <pre>{@code
 * DatagraalRuntime.Builder datagraal = DatagraalRuntime.builder()
 *         .networkPolicy(NetworkPolicy.parseAllowNet("127.0.0.1"));
 * try (Context context = datagraal.configure(Context.newBuilder("js")).build();
 *      InstalledRuntime node = datagraal.install(context)) {
 *     context.eval("js", "require('dgram').createSocket('udp4').bind(41234, '127.0.0.1')");
 *     node.runLoop();        // on this thread, until nothing is left to do (or close())
 * }
 * }</pre>
 *
 * <p>One thread at a time: a JavaScript Context may be entered by one thread at a time, so every
 * callback of the loop runs on the thread that calls {@link #runLoop()} or {@link #runLoopNoWait()},
 * and only one thread may be running them at once. Other threads hand work over with
 * {@link #submit}, which runs during the next of those calls; {@link #close()} may be called from
 * any thread.
 *
 * <p>As in a Node process, {@code process.exit()} and an exception no callback caught end the
 * runtime: they close the Context (cancelling whatever JavaScript runs in it, so the host's own
 * {@code eval} may fail with a cancelled {@code PolyglotException}, and so does
 * {@code Context.close()} afterwards), and {@link #exitCode()} completes with the code. The JVM goes
 * on.
 */
public final class InstalledRuntime implements AutoCloseable {
    private static final Set<Context> INSTALLED = Collections.newSetFromMap(
            Collections.synchronizedMap(new WeakHashMap<>()));
    /** close()'s exit code when the script did not exit by itself: SIGTERM's, as for DatagraalRuntime. */
    private static final int CLOSED_EXIT_CODE = 143;

    private final NodeRuntime runtime;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Set<CompletableFuture<?>> pendingTasks = ConcurrentHashMap.newKeySet();
    /** The thread that may run the Context's JavaScript: the installer, then the last to drive the loop. */
    private Thread owner;
    private Thread driver;
    private boolean closed;
    private boolean released;
    private boolean releaseDone;

    private InstalledRuntime(NodeRuntime runtime) {
        this.runtime = runtime;
        this.owner = Thread.currentThread();
        runtime.onExit(exit::complete);
    }

    static InstalledRuntime install(Context context, RuntimeOptions options, boolean keepAlive) {
        if (!INSTALLED.add(context)) {
            throw new DatagraalException("datagraal is installed into this Context already", null);
        }
        try {
            return new InstalledRuntime(NodeRuntime.installInto(context, options, keepAlive));
        } catch (IllegalStateException e) {
            INSTALLED.remove(context);
            throw new DatagraalException("cannot install datagraal: " + e.getMessage(), e);
        } catch (PolyglotException e) {
            INSTALLED.remove(context);
            throw new DatagraalException("installing datagraal failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the loop on the calling thread until nothing is left to do: no socket or timer that
     * keeps it alive, no request in flight, no submitted task waiting (libuv's
     * {@code UV_RUN_DEFAULT}). Returns early when the script exits or {@link #close()} is called,
     * and at once after either. With {@link DatagraalRuntime.Builder#keepAlive}, waits for
     * submitted work until {@link #close()}.
     *
     * @throws IllegalStateException when another thread is running the loop, or the Context is in
     *                               use by another thread
     * @throws DatagraalException    when the script exceeded its statement limit, or the runtime
     *                               failed; the runtime has ended
     */
    public void runLoop() {
        drive(() -> {
            runtime.runLoop();
            return false;
        });
    }

    /**
     * Runs what is due now on the calling thread without waiting: expired timers, sockets ready to
     * read or write, finished requests, submitted tasks (libuv's {@code UV_RUN_NOWAIT}). For hosts
     * with a loop of their own that call it every turn.
     *
     * @return whether the loop has more to do later
     * @throws IllegalStateException as {@link #runLoop()}
     * @throws DatagraalException    as {@link #runLoop()}
     */
    public boolean runLoopNoWait() {
        return drive(runtime::runLoopNoWait);
    }

    /**
     * From any thread: runs {@code task} with the Context entered during the next {@link #runLoop()}
     * or {@link #runLoopNoWait()}, on the thread that calls it, and completes with its result (or
     * what it threw). Fails once the runtime has ended.
     *
     * @param task work that may read globals and call JavaScript functions
     * @param <T>  the result's type
     * @return the task's result, to come
     */
    public <T> CompletableFuture<T> submit(Function<Context, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            if (closed || released || exit.isDone()) {
                result.completeExceptionally(new IllegalStateException("the runtime has ended"));
                return result;
            }
            pendingTasks.add(result);
        }
        runtime.post(context -> {
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
        return result;
    }

    /**
     * The exit code: {@code process.exit()}'s, or 1 after an uncaught exception. After
     * {@link #close()}: {@code process.exitCode} (0 when unset) once the {@code 'exit'} listeners
     * ran, when the thread that drives the loop ends the runtime (close() called on it, or while
     * {@link #runLoop()} runs); 143 when another thread closes an idle runtime, since no JavaScript
     * runs then (the Context may be busy on the host's thread). Fails with a
     * {@link DatagraalException} when a limit ended the runtime.
     *
     * @return the exit code, to come
     */
    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    /**
     * From any thread, any number of times: ends the runtime. Stops a running {@link #runLoop()}
     * after its current callback and waits (up to 10 seconds) while that thread winds up; runs the
     * {@code 'exit'} listeners when that thread, or the caller, drives the loop (see
     * {@link #exitCode()}); closes the runtime's sockets and files, cancels its timers and lookups,
     * and ends its threads. The Context stays open: it is the host's, but datagraal's globals in it
     * must not be used any more.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = driver;
        }
        runtime.stop();
        if (running == Thread.currentThread()) {
            return;   // runLoop() releases everything as it returns
        }
        if (running == null) {
            release();
            return;
        }
        // The driving thread releases everything as runLoop() returns; wait for that (a callback
        // that never ends is left to end by itself).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (this) {
            while (!releaseDone && System.nanoTime() < deadline) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean drive(BooleanSupplier turn) {
        synchronized (this) {
            if (closed || released || exit.isDone()) {
                return false;
            }
            if (driver != null) {
                throw new IllegalStateException("the loop is running on thread " + driver.getName()
                        + " already; other threads hand work over with submit()");
            }
            driver = Thread.currentThread();
            owner = driver;
        }
        try {
            return turn.getAsBoolean();
        } catch (PolyglotException e) {
            DatagraalException failure = e.isResourceExhausted()
                    ? new DatagraalException("the script exceeded its statement limit", e)
                    : new DatagraalException("the runtime failed: " + e.getMessage(), e);
            exit.completeExceptionally(failure);
            throw failure;
        } finally {
            boolean ended;
            synchronized (this) {
                driver = null;
                ended = closed || exit.isDone();
            }
            if (ended) {
                release();
            }
        }
    }

    /** Once: the 'exit' listeners when this is the owner thread, then the loop and the bindings. */
    private void release() {
        boolean mayRunJavaScript;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            mayRunJavaScript = Thread.currentThread() == owner;
        }
        Integer code = exit.isDone() ? null : mayRunJavaScript ? runtime.emitExitIfAlive() : CLOSED_EXIT_CODE;
        runtime.close();
        if (code != null) {
            exit.complete(code);
        }
        for (CompletableFuture<?> task : List.copyOf(pendingTasks)) {
            task.completeExceptionally(new IllegalStateException("the runtime ended before the task ran"));
            pendingTasks.remove(task);
        }
        synchronized (this) {
            releaseDone = true;
            notifyAll();
        }
    }
}
