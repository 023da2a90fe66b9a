'use strict';
// Readable: flowing and paused modes, 'readable'/'data'/'end'/'close' order, read(n), setEncoding,
// objectMode, highWaterMark and what push() returns.
const { Readable } = require('stream');

function trace(name, stream, events) {
  for (const event of events) {
    stream.on(event, (arg) => console.log(name, event, arg === undefined ? '' : JSON.stringify(String(arg))));
  }
}

function flowing() {
  return new Promise((done) => {
    const r = new Readable({ read() {} });
    trace('flowing', r, ['data', 'end', 'close', 'pause', 'resume']);
    console.log('push a', r.push('a'));
    console.log('push b', r.push('b'));
    r.push(null);
    console.log('sync part over', r.readableFlowing, r.readableLength);
    r.on('close', done);
  });
}

function paused() {
  return new Promise((done) => {
    const r = new Readable({ read() {} });
    r.push('hello ');
    r.push('world');
    r.push(null);
    r.on('readable', () => {
      let chunk;
      console.log('readable, length', r.readableLength);
      while ((chunk = r.read(4)) !== null) console.log('read(4)', JSON.stringify(String(chunk)));
    });
    r.on('end', () => console.log('paused end', r.readableEnded));
    r.on('close', done);
  });
}

function highWaterMark() {
  const calls = [];
  const r = new Readable({ highWaterMark: 4, read(size) { calls.push(size); } });
  console.log('hwm', r.readableHighWaterMark, r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength);
  const o = new Readable({ objectMode: true, read() {} });
  console.log('object hwm', o.readableHighWaterMark, o.readableObjectMode);
  for (let i = 0; i < 16; i++) o.push({ i });
  console.log('16th push', o.push({ i: 16 }), o.readableLength);
  return new Promise((done) => process.nextTick(() => { console.log('read() calls', calls); done(); }));
}

function encoding() {
  return new Promise((done) => {
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    const euro = Buffer.from('€');
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
    r.push(null);
    r.on('data', (chunk) => console.log('decoded', typeof chunk, chunk));
    r.on('end', done);
  });
}

function objects() {
  return new Promise((done) => {
    let n = 0;
    const r = new Readable({
      objectMode: true,
      read() { n < 3 ? this.push({ n: n++ }) : this.push(null); },
    });
    r.on('data', (value) => console.log('object', value));
    r.on('end', () => { console.log('objects done', r.readableEnded, r.destroyed); });
    r.on('close', () => { console.log('objects closed', r.destroyed); done(); });
  });
}

function pauseResume() {
  return new Promise((done) => {
    const r = new Readable({ read() {} });
    r.on('data', (chunk) => {
      console.log('got', String(chunk), 'then pause');
      r.pause();
      console.log('isPaused', r.isPaused(), r.readableFlowing);
      setTimeout(() => r.resume(), 5);
    });
    r.push('x');
    r.push('y');
    r.push(null);
    r.on('end', done);
  });
}

(async () => {
  await flowing();
  await paused();
  await highWaterMark();
  await encoding();
  await objects();
  await pauseResume();
  console.log('unpiped flowing state', new Readable().readableFlowing);
})();
