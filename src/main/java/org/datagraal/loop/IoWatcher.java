package org.datagraal.loop;

/** Called in the poll phase when a channel registered with {@link EventLoop#watch} is ready. */
@FunctionalInterface
public interface IoWatcher {
    void onReady(int readyOps);
}
