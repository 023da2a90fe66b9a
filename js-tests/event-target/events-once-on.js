// events.once and events.on with an EventTarget: they resolve with [event] and clean up.
const events = require('events');
const { getEventListeners } = events;

async function main() {
  const target = new EventTarget();
  const pending = events.once(target, 'ping');
  console.log('listeners while waiting', getEventListeners(target, 'ping').length);
  target.dispatchEvent(new Event('ping'));
  const [event] = await pending;
  console.log('once got', event.type, event instanceof Event, getEventListeners(target, 'ping').length);

  // once's listener resists stopImmediatePropagation.
  target.addEventListener('stop', (e) => e.stopImmediatePropagation());
  const stopped = events.once(target, 'stop');
  target.dispatchEvent(new Event('stop'));
  console.log('once after stopImmediatePropagation', (await stopped)[0].type);

  const iterator = events.on(target, 'tick');
  target.dispatchEvent(new CustomEvent('tick', { detail: 1 }));
  target.dispatchEvent(new CustomEvent('tick', { detail: 2 }));
  let seen = 0;
  for await (const [tick] of iterator) {
    console.log('on got', tick.detail);
    if (++seen === 2) break;
  }
  console.log('listeners after break', getEventListeners(target, 'tick').length);

  const controller = new AbortController();
  const waiting = events.once(target, 'never', { signal: controller.signal });
  controller.abort('stop it');
  try {
    await waiting;
  } catch (err) {
    console.log('once aborted', err.name, err.code, err.message, err.cause);
  }
  console.log('listeners after abort', getEventListeners(target, 'never').length,
    getEventListeners(controller.signal, 'abort').length);

  // addEventListener's signal option removes the listener on abort.
  const ac = new AbortController();
  target.addEventListener('s', () => console.log('signal listener'), { signal: ac.signal });
  target.dispatchEvent(new Event('s'));
  console.log('abort listeners on the signal', getEventListeners(ac.signal, 'abort').length);
  ac.abort();
  target.dispatchEvent(new Event('s'));
  console.log('after abort', getEventListeners(target, 's').length, getEventListeners(ac.signal, 'abort').length);
  target.addEventListener('s', () => console.log('never added'), { signal: ac.signal });
  console.log('aborted signal adds nothing', getEventListeners(target, 's').length);
}
main();
