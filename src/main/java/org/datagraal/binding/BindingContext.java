package org.datagraal.binding;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.datagraal.NetworkPolicy;
import org.datagraal.loop.EventLoop;

/** What the bindings of one runtime share: its loop, its JS callback path, its process facts. */
public final class BindingContext {
    final EventLoop loop;
    final JsCallbacks callbacks;
    final OutputSink stdout;
    final OutputSink stderr;
    final List<String> argv;
    final List<String> execArgv;
    final Map<String, String> env;
    final String execPath;
    final boolean strictSendBounds;
    final IntConsumer exitHandler;
    final NetworkPolicy networkPolicy;
    final Limits limits;
    final FileAccess fileAccess;
    /** What fd 0 reads; null: the process's standard input. */
    final java.io.InputStream stdin;
    private final java.util.List<Runnable> closeActions = new java.util.ArrayList<>();
    /** Sockets of this runtime with an open channel, for {@link Limits#maxSockets()}. */
    int openSockets;
    String cwd;
    /** Whether stdout/stderr write to the process's own descriptors 1 and 2 (as in the CLI). */
    final boolean stdoutIsProcessStdout;
    final boolean stderrIsProcessStderr;

    /**
     * What one runtime may use at most.
     *
     * @param maxSockets         UDP sockets bound at once
     * @param maxQueuedSendBytes bytes waiting in one socket's send queue
     */
    public record Limits(int maxSockets, long maxQueuedSendBytes) {
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * @param argv            process.argv: the runtime path, then the script and its arguments
     * @param exitHandler     ends the runtime with a code; called by process.exit() and never returns
     * @param strictSendBounds dgram send offset/length beyond the message throw as in Node 20
     */
    public BindingContext(EventLoop loop, JsCallbacks callbacks, OutputStream stdout, OutputStream stderr,
                          List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                          String execPath, boolean strictSendBounds, IntConsumer exitHandler,
                          NetworkPolicy networkPolicy, Limits limits) {
        this(loop, callbacks, stdout, stderr, argv, execArgv, env, cwd, execPath, strictSendBounds, exitHandler,
                networkPolicy, limits, FileAccess.unrestricted(), null);
    }

    /**
     * @param fileAccess the files fs and the module loader may reach
     * @param stdin      what fd 0 reads (an embedded runtime's input, never the JVM's), or null for
     *                   the process's standard input
     */
    public BindingContext(EventLoop loop, JsCallbacks callbacks, OutputStream stdout, OutputStream stderr,
                          List<String> argv, List<String> execArgv, Map<String, String> env, String cwd,
                          String execPath, boolean strictSendBounds, IntConsumer exitHandler,
                          NetworkPolicy networkPolicy, Limits limits, FileAccess fileAccess,
                          java.io.InputStream stdin) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.stdout = new OutputSink(stdout);
        this.stderr = new OutputSink(stderr);
        this.stdoutIsProcessStdout = isDescriptor(stdout, java.io.FileDescriptor.out);
        this.stderrIsProcessStderr = isDescriptor(stderr, java.io.FileDescriptor.err);
        this.argv = List.copyOf(argv);
        this.execArgv = List.copyOf(execArgv);
        this.env = Map.copyOf(env);
        this.cwd = cwd;
        this.execPath = execPath;
        this.strictSendBounds = strictSendBounds;
        this.exitHandler = exitHandler;
        this.networkPolicy = networkPolicy;
        this.limits = limits;
        this.fileAccess = fileAccess;
        this.stdin = stdin;
    }

    /** Work to do when the runtime closes (stopping a binding's threads), in reverse order. */
    void onClose(Runnable action) {
        closeActions.add(action);
    }

    /** Runs the bindings' close actions; called once by the runtime as it closes. */
    public void close() {
        for (int i = closeActions.size() - 1; i >= 0; i--) {
            closeActions.get(i).run();
        }
        closeActions.clear();
    }

    /** What fd 0 reads: the stream the runtime was given, else the process's standard input. */
    java.io.InputStream standardInput() {
        return stdin != null ? stdin : new java.io.FileInputStream(java.io.FileDescriptor.in);
    }

    /** Whether stdin reads the process's own descriptor 0 (as in the CLI) rather than a given stream. */
    boolean stdinIsProcessStdin() {
        return stdin == null || stdin instanceof java.io.FileInputStream file && isStandardInput(file);
    }

    private static boolean isStandardInput(java.io.FileInputStream file) {
        try {
            return file.getFD() == java.io.FileDescriptor.in;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isDescriptor(OutputStream stream, java.io.FileDescriptor descriptor) {
        try {
            return stream instanceof java.io.FileOutputStream file && file.getFD() == descriptor;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public EventLoop loop() {
        return loop;
    }

    public JsCallbacks callbacks() {
        return callbacks;
    }
}
