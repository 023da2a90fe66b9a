package org.datagraal.loop;

/**
 * A long-lived loop object, as in libuv: it keeps the loop alive while it is both active (doing
 * something, such as receiving or a started timer) and referenced. {@link #ref()} and
 * {@link #unref()} are idempotent flags, not counters, and may be set before the handle is active.
 */
public abstract class Handle {
    protected final EventLoop loop;
    private boolean active;
    private boolean referenced = true;
    private boolean closing;

    protected Handle(EventLoop loop) {
        this.loop = loop;
        loop.handleOpened(this);
    }

    public final EventLoop loop() {
        return loop;
    }

    public final boolean isActive() {
        return active;
    }

    public final boolean hasRef() {
        return referenced;
    }

    public final boolean isClosing() {
        return closing;
    }

    protected final void setActive(boolean nowActive) {
        if (nowActive == active || (nowActive && closing)) {
            return;
        }
        active = nowActive;
        if (referenced) {
            loop.adjustAliveHandles(nowActive ? 1 : -1);
        }
    }

    public final void ref() {
        if (!referenced) {
            referenced = true;
            if (active) {
                loop.adjustAliveHandles(1);
            }
        }
    }

    public final void unref() {
        if (referenced) {
            referenced = false;
            if (active) {
                loop.adjustAliveHandles(-1);
            }
        }
    }

    /**
     * Stops the handle and releases its resources now; {@code onClosed} runs in the loop's
     * close phase. Until then the closing handle keeps the loop alive. A second call does nothing.
     */
    public final void close(Runnable onClosed) {
        if (closing) {
            return;
        }
        setActive(false);
        closing = true;
        release();
        loop.handleClosed(this);
        loop.scheduleClose(onClosed);
    }

    /** Releases the operating-system resources behind this handle; called once, from close(). */
    protected abstract void release();
}
