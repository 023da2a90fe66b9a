'use strict';
// The measuring window the throughput workloads share: after `warmup` seconds, read the counter;
// `measured` seconds later read it again and report counted / elapsed (elapsed by the clock, not
// by the timer's nominal delay, since timers run late on a busy loop). The warm-up's own rate
// comes along: far below the measured one, it says the JIT was still at work when it ended.

function startWindow(warmup, measured, counter, report) {
  const warmupStartCount = counter();
  const warmupStartTime = performance.now();
  setTimeout(() => {
    const startCount = counter();
    const startTime = performance.now();
    const warmupRate = (startCount - warmupStartCount) / ((startTime - warmupStartTime) / 1000);
    setTimeout(() => {
      const seconds = (performance.now() - startTime) / 1000;
      const counted = counter() - startCount;
      report(counted / seconds, counted, seconds, warmupRate);
    }, measured * 1000);
  }, warmup * 1000);
}

module.exports = { startWindow };
