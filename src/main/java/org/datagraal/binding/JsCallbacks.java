package org.datagraal.binding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Node's MakeCallback: every call from the loop into JS goes through here. The JS trampoline runs
 * the callback, then drains the process.nextTick queue inside the same call; GraalJS runs promise
 * jobs as that call returns; if those jobs queued more ticks, they drain too. So each callback is
 * followed by ticks, then microtasks, as in Node.
 */
public final class JsCallbacks {
    /** Byte 0 is set by JS while the nextTick queue (or a rejection to report) is non-empty. */
    private final ByteBuffer tickState = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
    private Value makeCallback;
    private Value processTicks;
    private Value makeMessageCallback;

    /** The shared tick flag, handed to JS, which wraps it in a Uint8Array. */
    ByteBuffer tickState() {
        return tickState;
    }

    /**
     * Installs the JS trampolines, {@code (fn, ...args)} for every callback and
     * {@code (fn, bytes, address, port)} for received datagrams, and the tick drainer. The
     * datagrams' trampoline is a function of its own so that its compiled code, the hottest
     * there is, is not thrown away when a timer or another callback first passes through the
     * general one (on a busy core, recompiling took seconds of slow traffic).
     */
    public void install(Value makeCallback, Value processTicks, Value makeMessageCallback) {
        this.makeCallback = makeCallback;
        this.processTicks = processTicks;
        this.makeMessageCallback = makeMessageCallback;
    }

    /** Calls {@code fn(...args)} from the loop; returns what it returned (undefined if it threw). */
    public Value invoke(Value fn, Object... args) {
        Object[] callArgs = new Object[args.length + 1];
        callArgs[0] = fn;
        System.arraycopy(args, 0, callArgs, 1, args.length);
        Value result = call(makeCallback, callArgs);
        drainTicks();
        return result;
    }

    /** Calls a socket's {@code onMessage(bytes, address, port)} from the loop, as {@link #invoke}. */
    public void invokeMessage(Value onMessage, Object bytes, String address, int port) {
        call(makeMessageCallback, onMessage, bytes, address, port);
        drainTicks();
    }

    /** Runs ticks that promise jobs queued after the last JS call returned. */
    public void drainTicks() {
        while (tickState.get(0) != 0) {
            call(processTicks);
        }
    }

    /**
     * Tells which errors are echoes: GraalJS rethrows the error of a module evaluated through
     * Context.eval (require() of an ES module) from a promise job, after that require() already
     * threw it to its caller.
     */
    void ignoreEchoes(Value isEcho) {
        this.isEcho = isEcho;
    }

    private Value isEcho;

    /** A call whose promise jobs may rethrow such an echo: skipped, and the remaining jobs run. */
    private Value call(Value fn, Object... args) {
        try {
            return fn.execute(args);
        } catch (PolyglotException e) {
            if (isEcho == null || !e.isGuestException() || e.isCancelled() || e.isExit()
                    || !isEcho.execute(e.getGuestObject()).asBoolean()) {
                throw e;
            }
            call(processTicks);
            return null;
        }
    }
}
