'use strict';
// Writable: what write() returns against highWaterMark, 'drain', cork/uncork with _writev,
// end() with a chunk and a callback, and the order of 'prefinish', 'finish' and 'close'.
const { Writable } = require('stream');

function backpressure() {
  return new Promise((done) => {
    const w = new Writable({
      highWaterMark: 5,
      write(chunk, encoding, callback) {
        console.log('write', JSON.stringify(String(chunk)), encoding, 'buffered', w.writableLength);
        setImmediate(callback);
      },
    });
    for (const event of ['drain', 'prefinish', 'finish', 'close']) w.on(event, () => console.log('event', event));
    console.log('write abc ->', w.write('abc'));
    console.log('write de ->', w.write('de'), 'needDrain', w.writableNeedDrain);
    w.once('drain', () => {
      console.log('after drain, length', w.writableLength);
      w.end('!', () => console.log('end callback', w.writableFinished));
      console.log('ending', w.writableEnded, w.writableFinished);
    });
    w.on('close', done);
  });
}

function corked() {
  return new Promise((done) => {
    const w = new Writable({
      writev(chunks, callback) {
        console.log('writev', chunks.map((c) => String(c.chunk)));
        callback();
      },
      write(chunk, encoding, callback) {
        console.log('single', String(chunk));
        callback();
      },
    });
    w.cork();
    w.write('1');
    w.write('2');
    w.cork();
    w.write('3');
    console.log('corked', w.writableCorked);
    w.uncork();
    console.log('still corked', w.writableCorked);
    w.uncork();
    process.nextTick(() => {
      w.write('4');
      w.end();
      w.on('finish', () => { console.log('corked finish'); done(); });
    });
  });
}

function decodeStrings() {
  return new Promise((done) => {
    const seen = [];
    const w = new Writable({
      decodeStrings: false,
      write(chunk, encoding, callback) { seen.push([typeof chunk, encoding]); callback(); },
    });
    w.write('text');
    w.write(Buffer.from('bytes'));
    w.write('aGk=', 'base64');
    w.end(() => { console.log('decodeStrings false', seen); done(); });
  });
}

function defaultEncoding() {
  return new Promise((done) => {
    const w = new Writable({ write(chunk, encoding, callback) { console.log('as buffer', chunk, encoding); callback(); } });
    w.setDefaultEncoding('hex');
    w.write('cafe');
    w.end(done);
  });
}

function objects() {
  return new Promise((done) => {
    const w = new Writable({
      objectMode: true,
      highWaterMark: 2,
      write(value, encoding, callback) { console.log('object', value, encoding); process.nextTick(callback); },
    });
    console.log(w.write({ a: 1 }), w.write(2), w.write('three'), w.writableLength);
    w.end(done);
  });
}

function finalHook() {
  return new Promise((done) => {
    const w = new Writable({
      write(chunk, encoding, callback) { callback(); },
      final(callback) { console.log('final runs before finish'); setTimeout(callback, 2); },
      destroy(error, callback) { console.log('destroy hook', error); callback(error); },
    });
    w.on('finish', () => console.log('finish'));
    w.on('close', () => { console.log('close', w.destroyed, w.closed); done(); });
    w.end('x');
  });
}

(async () => {
  await backpressure();
  await corked();
  await decodeStrings();
  await defaultEncoding();
  await objects();
  await finalHook();
  console.log('defaults', new Writable().writableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
})();
