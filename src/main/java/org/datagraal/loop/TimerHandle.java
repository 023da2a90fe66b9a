package org.datagraal.loop;

/** A timer, as libuv's: due at loop time + timeout, optionally repeating. */
public final class TimerHandle extends Handle {
    private Runnable callback;
    long dueMillis;
    long startSequence;
    boolean queued;
    private long repeatMillis;

    public TimerHandle(EventLoop loop) {
        super(loop);
    }

    /** (Re)starts the timer; a started timer is active. */
    public void start(long timeoutMillis, long repeatMillis, Runnable callback) {
        if (isClosing()) {
            return;
        }
        stop();
        this.callback = callback;
        this.repeatMillis = repeatMillis;
        loop.scheduleTimer(this, timeoutMillis);
        setActive(true);
    }

    public void stop() {
        if (isActive()) {
            loop.cancelTimer(this);
            setActive(false);
        }
    }

    /** Runs by the loop when due: re-arms a repeating timer before calling back, as libuv does. */
    void expire() {
        if (repeatMillis > 0) {
            loop.scheduleTimer(this, repeatMillis);
        } else {
            setActive(false);
        }
        callback.run();
    }

    @Override
    protected void release() {
        loop.cancelTimer(this);
    }
}
