package org.datagraal.binding;

import org.datagraal.loop.CheckHandle;
import org.datagraal.loop.TimerHandle;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** Loop timers for JS Timeout objects, and the check handle that runs setImmediate callbacks. */
public final class TimersBinding {
    private final BindingContext context;
    private final CheckHandle immediateCheck;
    private Value runImmediates;

    TimersBinding(BindingContext context) {
        this.context = context;
        this.immediateCheck = new CheckHandle(context.loop);
    }

    /** Loop time in milliseconds, brought up to date first as Node's timers do (GetNow). */
    @HostAccess.Export
    public double now() {
        context.loop.updateTime();
        return context.loop.now();
    }

    @HostAccess.Export
    public TimerWrap createTimer() {
        return new TimerWrap(new TimerHandle(context.loop), context.callbacks);
    }

    /** The JS function that drains the immediate queue, called once per loop turn while needed. */
    @HostAccess.Export
    public void setImmediateRunner(Value runner) {
        this.runImmediates = runner;
    }

    /** Starts or stops the check phase work; {@code referenced} says if it keeps the loop alive. */
    @HostAccess.Export
    public void toggleImmediates(boolean pending, boolean referenced) {
        if (pending) {
            immediateCheck.start(this::runImmediatesOfThisTurn);
            if (referenced) {
                immediateCheck.ref();
            } else {
                immediateCheck.unref();
            }
        } else {
            immediateCheck.stop();
        }
    }

    /** One immediate per JS call, so ticks and promise jobs run between two immediates. */
    private void runImmediatesOfThisTurn() {
        boolean startOfPhase = true;
        Value more;
        do {
            more = context.callbacks.invoke(runImmediates, startOfPhase);
            startOfPhase = false;
        } while (more.isBoolean() && more.asBoolean());
    }

    /** One JS Timeout's loop timer. */
    public static final class TimerWrap {
        private final TimerHandle handle;
        private final JsCallbacks callbacks;

        TimerWrap(TimerHandle handle, JsCallbacks callbacks) {
            this.handle = handle;
            this.callbacks = callbacks;
        }

        /** Fires {@code onTimeout} once after {@code delayMillis} of loop time. */
        @HostAccess.Export
        public void start(double delayMillis, Value onTimeout) {
            // Node starts a timer from the current time, not from the loop's cached time.
            handle.loop().updateTime();
            handle.start((long) delayMillis, 0, () -> callbacks.invoke(onTimeout));
        }

        @HostAccess.Export
        public void stop() {
            handle.stop();
        }

        @HostAccess.Export
        public void ref() {
            handle.ref();
        }

        @HostAccess.Export
        public void unref() {
            handle.unref();
        }

        @HostAccess.Export
        public boolean hasRef() {
            return handle.hasRef();
        }

        @HostAccess.Export
        public void close() {
            handle.close(null);
        }
    }
}
