'use strict';
// assert.CallTracker (deprecated): counting calls, report(), verify(), getCalls(), reset().
const assert = require('assert');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

const tracker = new assert.CallTracker();
function double(a) { return a * 2; }
const tracked = tracker.calls(double, 2);
console.log(tracked.name, tracked.length, tracked(3), typeof tracked);
const anonymous = tracker.calls();
console.log(JSON.stringify(anonymous.name), anonymous.length, anonymous(1));
tracker.calls(3);
console.log(tracker.getCalls(tracked));
for (const entry of tracker.report()) {
  console.log(entry.message, entry.actual, entry.expected, entry.operator, entry.stack instanceof Error);
}
try {
  tracker.verify();
} catch (error) {
  console.log(error.name, error.code, JSON.stringify(error.message), error.generatedMessage, Object.keys(error));
}
tracked.call('this', 1, 2);
console.log(tracker.getCalls(tracked));
tracker.reset(tracked);
console.log(tracker.getCalls(tracked));
for (const bad of [() => tracker.getCalls(double), () => tracker.reset(double), () => tracker.calls(double, -1),
  () => tracker.calls(double, 1.5)]) {
  try {
    bad();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const single = new assert.CallTracker();
single.calls(double, 1);
try {
  single.verify();
} catch (error) {
  console.log(JSON.stringify(error.message));
}
const done = new assert.CallTracker();
done.calls(double)(1);
done.verify();
console.log('verified');
