package org.datagraal.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An event loop modelled on libuv's. One thread runs it and owns everything it calls; other
 * threads only {@link #post} work to it. Each iteration runs, in this order: due timers, deferred
 * I/O completions, the I/O poll (blocking until the next timer, not at all while a check handle
 * or other work is waiting), check handles, then close callbacks. The loop is alive while a
 * handle is active and referenced, a request is in flight, or a handle is closing.
 *
 * <p>The loop knows handles and requests only; what they mean (sockets, timers of a script) is
 * the business of the bindings that create them.
 */
public final class EventLoop implements AutoCloseable {
    private final Selector selector;
    private final long originNanos = System.nanoTime();
    private long nowMillis;
    private final PriorityQueue<TimerHandle> timers = new PriorityQueue<>(
            Comparator.comparingLong((TimerHandle t) -> t.dueMillis).thenComparingLong(t -> t.startSequence));
    private long timerSequence;
    private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
    private final ArrayDeque<Runnable> closeCallbacks = new ArrayDeque<>();
    private final List<CheckHandle> checks = new ArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final Set<Handle> openHandles = new LinkedHashSet<>();
    private int aliveHandles;
    private int requestsInFlight;
    private volatile boolean stopRequested;
    private Thread owner;

    public EventLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        updateTime();
    }

    /** Loop time in milliseconds, cached at the start of each iteration (libuv's uv_now). */
    public long now() {
        return nowMillis;
    }

    public void updateTime() {
        nowMillis = (System.nanoTime() - originNanos) / 1_000_000L;
    }

    public boolean isAlive() {
        return aliveHandles > 0 || requestsInFlight > 0 || !closeCallbacks.isEmpty() || !deferred.isEmpty();
    }

    /** Marks the start of a request (a send, a name lookup); the loop stays alive until it ends. */
    public void requestStarted() {
        requestsInFlight++;
    }

    public void requestFinished() {
        requestsInFlight--;
    }

    /** Runs {@code task} on the loop thread in the next pending phase (deferred I/O completions). */
    public void defer(Runnable task) {
        deferred.add(task);
    }

    /** From any thread: runs {@code task} on the loop thread during its next poll phase. */
    public void post(Runnable task) {
        posted.add(task);
        selector.wakeup();
    }

    /** From any thread: makes {@link #run()} return after the current callback. */
    public void stop() {
        stopRequested = true;
        selector.wakeup();
    }

    public boolean isLoopThread() {
        return Thread.currentThread() == owner;
    }

    /** Channels registered with the selector (a closed one leaves at the next poll). */
    public int watchedChannels() {
        return selector.keys().size();
    }

    /** Registers {@code channel} for {@code ops}; the watcher runs in the poll phase when ready. */
    public SelectionKey watch(SelectableChannel channel, int ops, IoWatcher watcher) {
        try {
            return channel.register(selector, ops, new Watched(watcher, watchSequence++));
        } catch (ClosedChannelException e) {
            throw new IllegalStateException("channel closed before it was watched", e);
        }
    }

    /**
     * Stops watching {@code key}'s channel and lets the selector drop it now. A closed channel
     * keeps its descriptor (and so its port) while a selector still holds it, which would be until
     * the next poll; libuv closes the descriptor at once, and scripts rebind the port right after
     * 'close'. Keys this makes ready stay in the selected set for the next poll.
     */
    public void unwatch(SelectionKey key) {
        key.cancel();
        try {
            selector.selectNow();
        } catch (IOException e) {
            throw new UncheckedIOException("selector failed", e);
        }
    }

    /** Runs until nothing is alive or {@link #stop()} is called; returns whether work remains. */
    public boolean run() {
        owner = Thread.currentThread();
        stopRequested = false;
        boolean alive = isAlive();
        if (!alive) {
            updateTime();
        }
        while (alive && !stopRequested) {
            updateTime();
            runDueTimers();
            runDeferred();
            poll(pollTimeoutMillis());
            runChecks();
            runCloseCallbacks();
            alive = isAlive();
        }
        return alive;
    }

    /**
     * One turn that does not wait (libuv's UV_RUN_NOWAIT): due timers, deferred completions, ready
     * I/O and posted work, checks, close callbacks. Returns whether work remains.
     */
    public boolean runNoWait() {
        owner = Thread.currentThread();
        stopRequested = false;
        updateTime();
        runDueTimers();
        runDeferred();
        poll(0);
        runChecks();
        runCloseCallbacks();
        return isAlive();
    }

    /** Whether work {@link #post}ed by other threads waits for the next poll. */
    public boolean hasPostedWork() {
        return !posted.isEmpty();
    }

    private long pollTimeoutMillis() {
        // As libuv: no blocking when nothing is alive any more (a timer just fired its last).
        if (stopRequested || !isAlive() || !deferred.isEmpty() || !checks.isEmpty() || !closeCallbacks.isEmpty()
                || !posted.isEmpty()) {
            return 0;
        }
        TimerHandle next = timers.peek();
        if (next == null) {
            return -1;
        }
        return Math.max(0, next.dueMillis - nowMillis);
    }

    private void poll(long timeoutMillis) {
        try {
            int ready;
            if (timeoutMillis == 0) {
                ready = selector.selectNow();
            } else if (timeoutMillis < 0) {
                ready = selector.select();
            } else {
                ready = selector.select(timeoutMillis);
            }
            // Keys selected by unwatch() are not counted again by this select: look at the set.
            if (ready > 0 || !selector.selectedKeys().isEmpty()) {
                dispatchReadyKeys();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("selector failed", e);
        }
        updateTime();
        Runnable task;
        while ((task = posted.poll()) != null) {
            task.run();
        }
    }

    /** A watcher and its registration's rank: ready channels are handled oldest first. */
    private record Watched(IoWatcher watcher, long sequence) {
    }

    private long watchSequence;

    /**
     * Runs the watchers of the ready keys from a copy of the selected set: a watcher may close a
     * channel, and unwatch()'s selectNow() then adds keys to that set, which wait for the next
     * poll (iterating the set itself would fail). The set is a HashSet; sorting makes the order
     * the registrations', the same on every run, rather than the identity hash codes'.
     */
    private void dispatchReadyKeys() {
        Set<SelectionKey> selected = selector.selectedKeys();
        SelectionKey[] ready = selected.toArray(new SelectionKey[0]);
        if (ready.length > 1) {
            Arrays.sort(ready, Comparator.comparingLong(key -> ((Watched) key.attachment()).sequence()));
        }
        for (SelectionKey key : ready) {
            selected.remove(key);
            if (key.isValid()) {
                ((Watched) key.attachment()).watcher().onReady(key.readyOps());
            }
        }
    }

    private void runDueTimers() {
        TimerHandle timer;
        while ((timer = timers.peek()) != null && timer.dueMillis <= nowMillis && !stopRequested) {
            timers.poll();
            timer.queued = false;
            timer.expire();
        }
    }

    private void runDeferred() {
        // Only what was deferred before this phase began: completions queued now wait a turn.
        for (int n = deferred.size(); n > 0 && !stopRequested; n--) {
            deferred.poll().run();
        }
    }

    private void runChecks() {
        if (checks.isEmpty()) {
            return;
        }
        for (CheckHandle check : checks.toArray(new CheckHandle[0])) {
            if (check.isActive() && !stopRequested) {
                check.runCheck();
            }
        }
    }

    private void runCloseCallbacks() {
        for (int n = closeCallbacks.size(); n > 0 && !stopRequested; n--) {
            closeCallbacks.poll().run();
        }
    }

    void adjustAliveHandles(int delta) {
        aliveHandles += delta;
    }

    void handleOpened(Handle handle) {
        openHandles.add(handle);
    }

    void handleClosed(Handle handle) {
        openHandles.remove(handle);
    }

    void scheduleTimer(TimerHandle timer, long timeoutMillis) {
        if (timer.queued) {
            timers.remove(timer);
        }
        timer.queued = true;
        timer.dueMillis = nowMillis + timeoutMillis;
        timer.startSequence = timerSequence++;
        timers.add(timer);
    }

    void cancelTimer(TimerHandle timer) {
        if (timer.queued) {
            timer.queued = false;
            timers.remove(timer);
        }
    }

    void addCheck(CheckHandle check) {
        checks.add(check);
    }

    void removeCheck(CheckHandle check) {
        checks.remove(check);
    }

    void scheduleClose(Runnable onClosed) {
        closeCallbacks.add(onClosed == null ? () -> { } : onClosed);
    }

    /** Releases every handle still open (sockets, timers), then the selector. */
    @Override
    public void close() {
        stopRequested = true;
        for (Handle handle : openHandles.toArray(new Handle[0])) {
            handle.close(null);
        }
        closeCallbacks.clear();
        deferred.clear();
        posted.clear();
        try {
            selector.close();
        } catch (IOException ignored) {
            // Nothing is left to report to: the loop is gone.
        }
    }
}
