package org.datagraal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EventLoopTest {
    private final EventLoop loop = new EventLoop();
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @Test
    void runsPhasesInLibuvOrder() {
        TimerHandle timer = new TimerHandle(loop);
        CheckHandle check = new CheckHandle(loop);
        TimerHandle closing = new TimerHandle(loop);
        timer.start(0, 0, () -> events.add("timer"));
        loop.defer(() -> events.add("deferred"));
        check.start(() -> {
            events.add("check");
            check.stop();
            closing.close(() -> events.add("close"));
        });
        loop.post(() -> events.add("posted"));
        loop.run();
        assertEquals(List.of("timer", "deferred", "posted", "check", "close"), events);
    }

    @Test
    void timersFireByDueTimeThenStartOrder() {
        TimerHandle late = new TimerHandle(loop);
        TimerHandle first = new TimerHandle(loop);
        TimerHandle second = new TimerHandle(loop);
        late.start(30, 0, () -> events.add("late"));
        first.start(5, 0, () -> events.add("first"));
        second.start(5, 0, () -> events.add("second"));
        loop.run();
        assertEquals(List.of("first", "second", "late"), events);
    }

    @Test
    void repeatingTimerRunsUntilStopped() {
        TimerHandle repeating = new TimerHandle(loop);
        repeating.start(1, 1, () -> {
            events.add("tick");
            if (events.size() == 3) {
                repeating.stop();
            }
        });
        loop.run();
        assertEquals(3, events.size());
        assertFalse(loop.isAlive());
    }

    @Test
    void unreferencedHandleDoesNotKeepTheLoopAlive() {
        TimerHandle timer = new TimerHandle(loop);
        timer.unref();
        timer.start(60_000, 0, () -> events.add("never"));
        long started = System.nanoTime();
        loop.run();
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
        assertTrue(events.isEmpty());
        timer.ref();
        assertTrue(loop.isAlive(), "ref() of an active handle makes the loop alive again");
    }

    @Test
    void refAndUnrefAreFlagsNotCounters() {
        TimerHandle timer = new TimerHandle(loop);
        timer.unref();
        timer.unref();
        timer.ref();
        timer.start(1, 0, () -> events.add("fired"));
        assertTrue(loop.isAlive());
        loop.run();
        assertEquals(List.of("fired"), events);
    }

    @Test
    void requestInFlightKeepsTheLoopAliveUntilItFinishes() throws InterruptedException {
        loop.requestStarted();
        Thread worker = new Thread(() -> loop.post(() -> {
            events.add("completed");
            loop.requestFinished();
        }));
        worker.start();
        loop.run();
        worker.join();
        assertEquals(List.of("completed"), events);
        assertFalse(loop.isAlive());
    }

    @Test
    void closingHandleStaysAliveUntilItsCloseCallback() {
        TimerHandle timer = new TimerHandle(loop);
        timer.unref();
        timer.close(() -> events.add("closed"));
        assertTrue(loop.isAlive());
        loop.run();
        assertEquals(List.of("closed"), events);
    }
}
