package org.datagraal.loop;

/**
 * Runs its callback once per loop iteration, right after the poll phase (libuv's check phase,
 * where Node runs setImmediate callbacks). While one is active the poll does not block.
 */
public final class CheckHandle extends Handle {
    private Runnable callback;

    public CheckHandle(EventLoop loop) {
        super(loop);
    }

    public void start(Runnable callback) {
        this.callback = callback;
        if (!isActive() && !isClosing()) {
            setActive(true);
            loop.addCheck(this);
        }
    }

    public void stop() {
        if (isActive()) {
            setActive(false);
            loop.removeCheck(this);
        }
    }

    void runCheck() {
        callback.run();
    }

    @Override
    protected void release() {
        loop.removeCheck(this);
    }
}
