package org.datagraal.loop;

/**
 * libuv's uv_async_t as far as liveness goes: an always-active handle through which other threads
 * hand work to the loop ({@link EventLoop#post}). While referenced it keeps the loop alive, so a
 * loop can wait for work from other threads; unreferenced, it does not.
 */
public final class AsyncHandle extends Handle {
    public AsyncHandle(EventLoop loop) {
        super(loop);
        setActive(true);
    }

    @Override
    protected void release() {
        // Nothing of the operating system's: posts simply stop mattering.
    }
}
