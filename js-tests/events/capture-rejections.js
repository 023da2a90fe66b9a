// captureRejections: a rejected promise from a listener becomes an 'error' event on a later tick,
// or a call of emitter[Symbol.for('nodejs.rejection')].
const EventEmitter = require('events');

process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));

const capturing = new EventEmitter({ captureRejections: true });
capturing.on('job', async (id) => { throw new Error(`job ${id} failed`); });
capturing.on('error', (err) => console.log('error event', err.message));
console.log('emit returns', capturing.emit('job', 1));
console.log('sync done');

const hooked = new EventEmitter({ captureRejections: true });
hooked.on('job', async () => { throw new Error('hooked failure'); });
hooked[Symbol.for('nodejs.rejection')] = function (err, type, ...args) {
  console.log('rejection hook', err.message, type, args, this === hooked);
};
hooked.emit('job', 'a', 'b');

// A thenable counts too, and its then() is called with no fulfilment handler.
const thenable = new EventEmitter({ captureRejections: true });
thenable.on('x', () => ({
  then(onFulfilled, onRejected) {
    console.log('then called', typeof onFulfilled, typeof onRejected);
    onRejected(new Error('thenable rejected'));
  },
}));
thenable.on('error', (err) => console.log('thenable error', err.message));
thenable.emit('x');

// A `then` getter that throws is reported synchronously as 'error'.
const badThen = new EventEmitter({ captureRejections: true });
badThen.on('x', () => ({ get then() { throw new Error('then getter threw'); } }));
badThen.on('error', (err) => console.log('badThen error', err.message));
badThen.emit('x');
console.log('after badThen');

// Rejections of the 'error' listener itself are not captured again.
const loop = new EventEmitter({ captureRejections: true });
loop.on('error', async (err) => {
  console.log('loop error listener', err.message);
  throw new Error('error listener rejected');
});
loop.on('x', async () => { throw new Error('x rejected'); });
loop.emit('x');

// The static switch changes the default for new emitters.
console.log('static default', EventEmitter.captureRejections);
EventEmitter.captureRejections = true;
const byDefault = new EventEmitter();
byDefault.on('x', async () => { throw new Error('default capture'); });
byDefault.on('error', (err) => console.log('byDefault error', err.message));
byDefault.emit('x');
EventEmitter.captureRejections = false;
try {
  EventEmitter.captureRejections = 'yes';
} catch (err) {
  console.log(err.code, err.message);
}
try {
  new EventEmitter({ captureRejections: 1 });
} catch (err) {
  console.log(err.code, err.message);
}
