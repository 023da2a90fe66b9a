'use strict';
// Duplex (both sides, allowHalfOpen), old-style streams built with util.inherits and Stream.call,
// Stream#pipe between EventEmitter-style streams, Readable#wrap, destroy() ordering and the shape
// of the module (classes, inheritance, aliases).
const stream = require('stream');
const util = require('util');
const EventEmitter = require('events');
const { Stream, Readable, Writable, Duplex, Transform, PassThrough } = stream;

console.log('module is Stream', stream === Stream, stream.Stream === Stream);
console.log('Readable < Stream < EventEmitter', new Readable() instanceof Stream, new Stream() instanceof EventEmitter);
console.log('Duplex is Writable', new Duplex() instanceof Writable, new Transform() instanceof Duplex, new PassThrough() instanceof Transform);
console.log('exports', ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal',
  'compose', 'promises', 'destroy', 'isDisturbed', 'isErrored', 'isReadable', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark']
  .filter((name) => stream[name] === undefined));
console.log('default highWaterMark', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));

// The pre-class style many npm packages still use.
function OldReadable() {
  Readable.call(this, { objectMode: true });
  this.n = 0;
}
util.inherits(OldReadable, Readable);
OldReadable.prototype._read = function read() {
  this.push(this.n < 2 ? `old-${this.n++}` : null);
};

function OldEmitterStream() {
  Stream.call(this);
  this.readable = true;
}
util.inherits(OldEmitterStream, Stream);

(async () => {
  const values = [];
  for await (const value of new OldReadable()) values.push(value);
  console.log('inherits style', values);

  await new Promise((done) => {
    const duplex = new Duplex({
      allowHalfOpen: false,
      read() {},
      write(chunk, encoding, callback) {
        console.log('duplex got', String(chunk));
        this.push(`echo:${chunk}`);
        callback();
      },
    });
    duplex.on('data', (chunk) => console.log('duplex read side', String(chunk)));
    duplex.on('end', () => console.log('duplex end'));
    duplex.on('finish', () => console.log('duplex finish'));
    duplex.on('close', () => { console.log('duplex close'); done(); });
    duplex.write('ping');
    setImmediate(() => duplex.push(null));
  });

  await new Promise((done) => {
    const legacy = new OldEmitterStream();
    const chunks = [];
    const sink = new Writable({ write(chunk, encoding, callback) { chunks.push(String(chunk)); callback(); } });
    legacy.pipe(sink);
    sink.on('finish', () => { console.log('legacy pipe', chunks); done(); });
    legacy.emit('data', Buffer.from('l1'));
    legacy.emit('data', Buffer.from('l2'));
    legacy.emit('end');
  });

  await new Promise((done) => {
    const old = new EventEmitter();
    old.pause = () => console.log('wrapped source paused');
    old.resume = () => {};
    const wrapped = new Readable().wrap(old);
    wrapped.setEncoding('utf8');
    wrapped.on('data', (text) => console.log('wrapped data', text));
    wrapped.on('end', done);
    old.emit('data', Buffer.from('w1'));
    old.emit('end');
  });

  await new Promise((done) => {
    const r = new Readable({ read() {} });
    for (const event of ['error', 'close', 'end']) r.on(event, (arg) => console.log('destroy order', event, arg?.message));
    r.destroy(new Error('torn down'));
    console.log('destroyed sync', r.destroyed, r.readableAborted, r.errored?.message);
    setImmediate(done);
  });

  try {
    new Transform().end('x');
  } catch (err) {
    console.log('no _transform:', err.name, err.code, err.message);
  }
  const r = new Readable({ read() { this.destroy(new Error('x')); } });
  r.on('error', () => {});
  r.resume();
  await new Promise((resolve) => r.on('close', resolve));
  console.log('isDisturbed', stream.isDisturbed(Readable.from([])), stream.isDisturbed(r), 'isErrored', stream.isErrored(r));
})();
