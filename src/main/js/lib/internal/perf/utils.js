'use strict';
// The clock of the performance API: milliseconds since the time origin, the moment the process
// started (process.uptime() counts from there too), read from the monotonic hrtime clock.

const binding = internalBinding('process');

// process.uptime() was started with the process object; going back by it finds the origin on the
// hrtime clock without a second start mark.
const originNanos = binding.hrtimeNanos() - process.uptime() * 1e9;
// The wall-clock time of that origin, in milliseconds since the epoch (with a fraction, as Node).
const timeOrigin = Date.now() - (binding.hrtimeNanos() - originNanos) / 1e6;

function now() {
  return (binding.hrtimeNanos() - originNanos) / 1e6;
}

module.exports = { now, timeOrigin, originNanos };
