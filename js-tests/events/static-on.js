// events.on(): an async iterator over the argument arrays of an event.
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'data');
  console.log('listeners', emitter.eventNames(), emitter.listeners('error').map((f) => f.name));
  console.log('keys', Object.keys(iterator), iterator[Symbol.asyncIterator]() === iterator);
  emitter.emit('data', 1);
  emitter.emit('data', 2, 3);
  console.log('queued', await iterator.next(), await iterator.next());
  const waiting = iterator.next();
  emitter.emit('data', 4);
  console.log('waited', await waiting);
  const first = iterator.next();
  const second = iterator.next();
  emitter.emit('error', new Error('E'));
  console.log('error', await first.catch((err) => `rejected ${err.message}`), await second);
  console.log('closed', emitter.eventNames(), await iterator.next());

  // Queued events are still delivered before a stored error.
  const queued = on(emitter, 'data');
  emitter.emit('data', 'a');
  emitter.emit('error', new Error('E2'));
  emitter.emit('data', 'ignored');
  console.log('queued then error', await queued.next(), await queued.next().catch((err) => `rejected ${err.message}`),
    await queued.next(), emitter.eventNames());

  // return() ends it and resolves pending reads.
  const ended = on(emitter, 'data');
  const pendingRead = ended.next();
  console.log('return', await ended.return(), await pendingRead, emitter.eventNames(), await ended.next());

  // for await, then break, removes the listeners.
  const looped = on(emitter, 'data');
  emitter.emit('data', 'x');
  emitter.emit('data', 'y');
  for await (const value of looped) {
    console.log('for await', value);
    if (value[0] === 'y') break;
  }
  console.log('after loop', emitter.eventNames());

  // close events end the iteration after what is queued.
  const closing = on(emitter, 'data', { close: ['end'] });
  emitter.emit('data', 1);
  emitter.emit('end');
  emitter.emit('data', 2);
  console.log('close', await closing.next(), await closing.next(), emitter.eventNames());

  // throw() needs an Error; it ends the iteration with that error.
  const thrown = on(emitter, 'data');
  try {
    thrown.throw('not an error');
  } catch (err) {
    console.log(err.code, err.message);
  }
  console.log('throw returns', thrown.throw(new Error('T')), emitter.eventNames());
  console.log('after throw', await thrown.next().catch((err) => `rejected ${err.message}`), await thrown.next());

  // Iterating 'error' itself: errors are values.
  const errors = on(emitter, 'error');
  emitter.emit('error', 'first');
  console.log('error values', await errors.next(), emitter.listenerCount('error'));
  await errors.return();

  // highWaterMark pauses the emitter, lowWaterMark resumes it.
  const paused = new EventEmitter();
  paused.pause = () => console.log('pause');
  paused.resume = () => console.log('resume');
  const marked = on(paused, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) paused.emit('data', i);
  for (let i = 0; i < 4; i++) console.log('read', (await marked.next()).value);
  await marked.return();

  for (const options of [{ highWaterMark: 0 }, { lowWaterMark: 1.5 }, { highWaterMark: 'x' }, { signal: null }]) {
    try {
      on(emitter, 'data', options);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  try {
    on({}, 'data');
  } catch (err) {
    console.log(err.code, err.message);
  }
}

main();
