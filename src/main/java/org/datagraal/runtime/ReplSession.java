package org.datagraal.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.datagraal.binding.JsCallbacks;
import org.datagraal.loop.EventLoop;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The REPL's input as the JS side sees it: a read of one line is a request in flight, answered on
 * the loop thread, so timers and sockets keep working while the prompt waits. The line source
 * blocks on a thread of its own.
 */
public final class ReplSession implements AutoCloseable {
    private final LineSource source;
    private final EventLoop loop;
    private final JsCallbacks callbacks;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "datagraal-repl-input");
        thread.setDaemon(true);
        return thread;
    });

    ReplSession(LineSource source, EventLoop loop, JsCallbacks callbacks) {
        this.source = source;
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @HostAccess.Export
    public boolean isTerminal() {
        return source.isTerminal();
    }

    @HostAccess.Export
    public int columns() {
        return source.columns();
    }

    /**
     * Shows {@code prompt}, reads one line, then calls {@code callback(kind, line)} on the loop
     * thread: kind is "line", "interrupt" (Ctrl-C) or "end" (end of input).
     */
    @HostAccess.Export
    public void readLine(String prompt, Value callback) {
        loop.requestStarted();
        reader.execute(() -> {
            String kind;
            String line = null;
            try {
                line = source.readLine(prompt);
                kind = line == null ? "end" : "line";
            } catch (LineSource.Interrupted e) {
                kind = "interrupt";
            } catch (RuntimeException | Error e) {
                kind = "end";
            }
            String answeredKind = kind;
            String answeredLine = line;
            loop.post(() -> {
                loop.requestFinished();
                callbacks.invoke(callback, answeredKind, answeredLine);
            });
        });
    }

    @Override
    public void close() {
        reader.shutdownNow();
        source.close();
    }
}
