// events.once(): a promise for the next event's arguments, rejected by 'error' or an abort.
const EventEmitter = require('events');
const { once } = EventEmitter;

function names(list) { return list.map((f) => f.name); }

async function main() {
  const emitter = new EventEmitter();
  const pending = once(emitter, 'ready');
  console.log('listeners', names(emitter.listeners('ready')), names(emitter.listeners('error')));
  console.log('raw', names(emitter.rawListeners('ready')), names(emitter.rawListeners('error')));
  emitter.emit('ready', 1, 'two');
  console.log('resolved', await pending, emitter.eventNames());

  const failing = once(emitter, 'ready');
  emitter.emit('error', new Error('failed'));
  try {
    await failing;
  } catch (err) {
    console.log('rejected', err.message, emitter.eventNames());
  }

  const waitingForError = once(emitter, 'error');
  console.log('error only', emitter.eventNames(), names(emitter.listeners('error')));
  emitter.emit('error', 7);
  console.log('error resolved', await waitingForError);

  const noOptions = once(emitter, 'x', undefined);
  const nullOptions = once(emitter, 'x', null);
  emitter.emit('x', 'value');
  console.log('options undefined/null', await noOptions, await nullOptions);

  try {
    await once(emitter, 'x', { signal: 5 });
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    await once({}, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }

  // A duck-typed signal: once() only needs aborted/reason and add/removeEventListener.
  const signal = {
    aborted: false,
    reason: undefined,
    listeners: [],
    addEventListener(type, listener, options) {
      console.log('signal add', type, listener.name, options.once);
      this.listeners.push(listener);
    },
    removeEventListener(type, listener) { console.log('signal remove', type, listener.name); },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const listener of this.listeners) listener();
    },
  };
  const abortable = once(emitter, 'never', { signal });
  signal.abort('stopped');
  try {
    await abortable;
  } catch (err) {
    console.log('aborted', err.name, err.code, err.message, err.cause, emitter.eventNames());
  }
  try {
    await once(emitter, 'never', { signal });
  } catch (err) {
    console.log('already aborted', err.name, err.message, err.cause);
  }

  const signal2 = { ...signal, aborted: false, listeners: [] };
  const resolvedFirst = once(emitter, 'soon', { signal: signal2 });
  emitter.emit('soon', 'done');
  console.log('with signal', await resolvedFirst);

  // once() returns a promise even for argument errors, and it is an async function.
  const result = once(null, 'x');
  console.log('is promise', result instanceof Promise, EventEmitter.once.constructor.name);
  await result.catch((err) => console.log('null emitter', err.constructor.name));
}

main();
