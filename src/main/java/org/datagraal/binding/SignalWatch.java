package org.datagraal.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Signals the scripts listen to (process.on('SIGINT')): the JVM's handler for a signal is replaced
 * while at least one runtime of this JVM listens, and put back when the last one stops, so a
 * signal nobody listens to does what it did before (SIGINT and SIGTERM end the JVM, as they end
 * Node). Handlers run on the JVM's signal thread; each listener posts to its own loop.
 */
final class SignalWatch {
    private static final Map<String, List<IntConsumer>> LISTENERS = new HashMap<>();
    private static final Map<String, SignalHandler> PREVIOUS = new HashMap<>();

    private SignalWatch() {
    }

    /**
     * Starts delivering signal {@code name} (without "SIG") to {@code listener}; returns 0, or
     * -22 (EINVAL) when the JVM keeps that signal for itself or the OS cannot catch it.
     */
    static synchronized int start(String name, IntConsumer listener) {
        List<IntConsumer> listeners = LISTENERS.get(name);
        if (listeners == null) {
            try {
                Signal signal = new Signal(name);
                PREVIOUS.put(name, Signal.handle(signal, SignalWatch::dispatch));
            } catch (IllegalArgumentException e) {
                return -22;
            }
            listeners = new ArrayList<>();
            LISTENERS.put(name, listeners);
        }
        listeners.add(listener);
        return 0;
    }

    static synchronized void stop(String name, IntConsumer listener) {
        List<IntConsumer> listeners = LISTENERS.get(name);
        if (listeners == null || !listeners.remove(listener) || !listeners.isEmpty()) {
            return;
        }
        LISTENERS.remove(name);
        SignalHandler previous = PREVIOUS.remove(name);
        try {
            Signal.handle(new Signal(name), previous == null ? SignalHandler.SIG_DFL : previous);
        } catch (IllegalArgumentException e) {
            // It was accepted when the listener started; nothing more to restore.
        }
    }

    private static void dispatch(Signal signal) {
        List<IntConsumer> listeners;
        synchronized (SignalWatch.class) {
            listeners = List.copyOf(LISTENERS.getOrDefault(signal.getName(), List.of()));
        }
        for (IntConsumer listener : listeners) {
            listener.accept(signal.getNumber());
        }
    }
}
