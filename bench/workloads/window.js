'use strict';
// The measuring window the throughput workloads share: after `warmup` seconds, read the counter;
// `measured` seconds later read it again and report counted / elapsed (elapsed by the clock, not
// by the timer's nominal delay, since timers run late on a busy loop).

function startWindow(warmup, measured, counter, report) {
  setTimeout(() => {
    const startCount = counter();
    const startTime = performance.now();
    setTimeout(() => {
      const seconds = (performance.now() - startTime) / 1000;
      const counted = counter() - startCount;
      report(counted / seconds, counted, seconds);
    }, measured * 1000);
  }, warmup * 1000);
}

module.exports = { startWindow };
