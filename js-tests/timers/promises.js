// timers/promises: setTimeout and setImmediate as promises, setInterval as an async iterator,
// the scheduler, abort signals, and validation errors as rejections.
const tp = require('timers/promises');

async function attempt(label, fn) {
  try {
    console.log(label, 'ok', await fn());
  } catch (err) {
    console.log(label, 'rejected', err.name, err.code, JSON.stringify(err.message), err.cause);
  }
}

async function main() {
  console.log(Object.keys(tp), require('timers').promises === tp, require('node:timers/promises') === tp);
  console.log(tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length);
  console.log(tp.scheduler, Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));

  await attempt('setTimeout value', () => tp.setTimeout(5, 'v'));
  await attempt('setTimeout without value', () => tp.setTimeout(1));
  await attempt('setTimeout undefined delay', () => tp.setTimeout(undefined, 'u'));
  await attempt('setTimeout NaN delay', () => tp.setTimeout(NaN, 'n'));
  await attempt('setTimeout negative delay', () => tp.setTimeout(-5, 'neg'));
  await attempt('setTimeout bad options', () => tp.setTimeout(1, 'v', 5));
  await attempt('setTimeout null options', () => tp.setTimeout(1, 'v', null));
  await attempt('setTimeout bad signal', () => tp.setTimeout(1, 'v', { signal: 5 }));
  await attempt('setTimeout bad ref', () => tp.setTimeout(1, 'v', { ref: 5 }));
  await attempt('setTimeout bad delay', () => tp.setTimeout('x', 'v'));
  await attempt('delay checked first', () => tp.setTimeout('x', 1, 5));
  await attempt('undefined options fields', () => tp.setTimeout(1, 3, { signal: undefined, ref: undefined }));
  const rejected = tp.setTimeout(1, 'v', 5);
  console.log('bad arguments still return a promise', rejected instanceof Promise);
  await rejected.catch(() => {});
  await attempt('setTimeout already aborted', () => tp.setTimeout(1, 'v', { signal: AbortSignal.abort('why') }));
  const controller = new AbortController();
  const waiting = tp.setTimeout(100000, 'v', { signal: controller.signal });
  tp.setImmediate().then(() => controller.abort('later'));
  await attempt('setTimeout aborted while waiting', () => waiting);
  console.log('abort listeners left', require('events').getEventListeners(controller.signal, 'abort').length);

  await attempt('setImmediate', () => tp.setImmediate('i'));
  await attempt('setImmediate aborted', () => tp.setImmediate('i', { signal: AbortSignal.abort('now') }));
  await attempt('setImmediate null options', () => tp.setImmediate('i', null));
  await attempt('setImmediate bad ref', () => tp.setImmediate(5, { ref: 'x' }));

  const iterator = tp.setInterval(2, 'tick');
  console.log(Object.prototype.toString.call(iterator), typeof iterator[Symbol.asyncIterator]);
  let count = 0;
  for await (const value of iterator) {
    console.log('interval', value, count);
    if (++count === 3) break;
  }
  const slow = tp.setInterval(1, 'slow');
  console.log('first', (await slow.next()).value);
  await tp.setTimeout(30);
  console.log('ticks that came meanwhile are not lost', (await slow.next()).value, (await slow.next()).value);
  console.log('return', await slow.return());
  console.log('after return', await slow.next());

  const stopper = new AbortController();
  const stoppable = tp.setInterval(1, 'x', { signal: stopper.signal });
  try {
    for await (const value of stoppable) {
      console.log('stoppable', value);
      stopper.abort('enough');
    }
  } catch (err) {
    console.log('interval aborted', err.name, err.code, err.message, err.cause);
  }
  await attempt('interval bad delay', () => tp.setInterval('x').next());
  await attempt('interval bad options', () => tp.setInterval(1, 1, 5).next());
  await attempt('interval already aborted', () => tp.setInterval(1, 1, { signal: AbortSignal.abort('pre') }).next());

  await attempt('scheduler.wait', () => tp.scheduler.wait(2));
  await attempt('scheduler.yield', () => tp.scheduler.yield());
  await attempt('scheduler.wait bad', () => tp.scheduler.wait('x'));
  await attempt('scheduler.wait aborted', () => tp.scheduler.wait(1, { signal: AbortSignal.abort('w') }));
  try {
    new tp.scheduler.constructor();
  } catch (err) {
    console.log('new Scheduler', err.name, err.code, err.message);
  }
  try {
    tp.scheduler.wait.call({}, 1);
  } catch (err) {
    console.log('wait on object', err.name, err.code, err.message);
  }

  // An unref'd timer does not keep the process alive.
  tp.setTimeout(100000, null, { ref: false }).then(() => console.log('never'));
  tp.setImmediate(null, { ref: false });
  const order = [];
  process.nextTick(() => order.push('tick'));
  Promise.resolve().then(() => order.push('microtask'));
  await tp.setImmediate();
  order.push('immediate');
  console.log(order);
}
main().then(() => console.log('main done'));
process.on('exit', () => console.log('exit'));
