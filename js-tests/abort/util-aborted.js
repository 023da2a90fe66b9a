// util.aborted(signal, resource): resolves with the abort event, or at once when already aborted.
const util = require('util');

async function attempt(label, fn) {
  try {
    const value = await fn();
    console.log(label, 'resolved', value instanceof Event ? `Event ${value.type}` : value);
  } catch (err) {
    console.log(label, 'rejected', err.name, err.code, err.message);
  }
}

async function main() {
  console.log(util.aborted.name, util.aborted.length, util.aborted(AbortSignal.abort(), {}) instanceof Promise);
  await attempt('no signal', () => util.aborted());
  await attempt('bad signal', () => util.aborted(5, {}));
  await attempt('no resource', () => util.aborted(new AbortController().signal));
  await attempt('primitive resource', () => util.aborted(new AbortController().signal, 5));
  await attempt('already aborted', () => util.aborted(AbortSignal.abort(), {}));
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5);
  await attempt('aborted later', () => util.aborted(controller.signal, []));
}
main();
