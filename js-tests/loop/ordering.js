// Node's order: sync code, nextTicks, promise jobs, then timers/immediates per loop phase.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  out('timeout 1');
  process.nextTick(() => out('tick in timeout 1'));
  Promise.resolve().then(() => out('promise in timeout 1'));
}, 0);
setTimeout(() => out('timeout 2'), 0);
setImmediate(() => {
  out('immediate 1');
  process.nextTick(() => out('tick in immediate 1'));
  Promise.resolve().then(() => out('promise in immediate 1'));
  setImmediate(() => out('immediate queued by immediate 1'));
});
setImmediate(() => out('immediate 2'));
process.nextTick(() => {
  out('tick 1');
  process.nextTick(() => out('tick queued by tick 1'));
  Promise.resolve().then(() => out('promise queued by tick 1'));
});
Promise.resolve().then(() => {
  out('promise 1');
  process.nextTick(() => out('tick queued by promise 1'));
});
queueMicrotask(() => out('microtask 1'));
out('sync');
process.once('beforeExit', () => {
  // The two timers with 0 ms may run before or after the first immediates in Node depending
  // on timing; print them apart.
  const timers = log.filter((s) => s.includes('timeout'));
  const rest = log.filter((s) => !s.includes('timeout'));
  console.log(rest.join('\n'));
  console.log('--');
  console.log(timers.join('\n'));
});
