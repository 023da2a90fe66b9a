'use strict';
// The errors of misused streams: Node 20's class, code, message, own properties and first stack
// line, thrown or emitted as Node does.
const { Readable, Writable, Transform, pipeline, finished } = require('stream');

function show(label, err) {
  console.log(label, '|', err.name, '|', err.code, '|', err.message, '|', Object.keys(err), '|', String(err));
  console.log('   stack starts', JSON.stringify(err.stack.split('\n')[0]));
}

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    show(label, err);
  }
}

const sink = () => new Writable({ write(chunk, encoding, callback) { callback(); } });

attempt('write(null)', () => sink().write(null));
attempt('write(5)', () => sink().write(5));
attempt('write(bad encoding)', () => sink().write('x', 'klingon'));
attempt('highWaterMark -1', () => new Readable({ highWaterMark: -1 }));
attempt('highWaterMark string', () => new Writable({ highWaterMark: 'big' }));
attempt('pipeline()', () => pipeline());
attempt('pipeline no callback', () => pipeline(Readable.from([]), sink()));
attempt('finished(42)', () => finished(42, () => {}));
attempt('Readable.from(5)', () => Readable.from(5));

(async () => {
  await new Promise((done) => {
    const r = new Readable();
    r.on('error', (err) => { show('unimplemented _read (event)', err); done(); });
    r.read();
  });
  await new Promise((done) => {
    const w = sink();
    w.end();
    w.on('error', (err) => { show('write after end (event)', err); done(); });
    w.write('late', (err) => show('write after end (callback)', err));
  });
  await new Promise((done) => {
    const w = sink();
    w.destroy();
    w.write('late', (err) => { show('write after destroy', err); done(); });
  });
  await new Promise((done) => {
    const r = new Readable({ read() {} });
    r.push(null);
    r.on('error', (err) => { show('push after EOF', err); done(); });
    r.push('more');
  });
  await new Promise((done) => {
    const r = new Readable({ read() {} });
    r.on('error', (err) => { show('unshift after end', err); done(); });
    r.on('end', () => r.unshift('again'));
    r.push(null);
    r.resume();
  });
  await new Promise((done) => {
    const w = new Writable({ write(chunk, encoding, callback) { callback(); callback(); } });
    w.on('error', (err) => { show('callback twice', err); done(); });
    w.write('x');
  });
  await new Promise((done) => {
    const t = new Transform({ transform(chunk, encoding, callback) { callback(null, 7); } });
    t.on('error', (err) => { show('transform pushes a number', err); done(); });
    t.write('x');
  });
  await new Promise((done) => {
    const r = new Readable({ read() {} });
    const w = sink();
    r.pipe(w);
    w.destroy();
    finished(w, (err) => { show('destroyed sink', err); done(); });
  });
  const readable = new Readable({ read() {} });
  readable.destroy(new Error('plain'));
  readable.on('error', (err) => console.log('destroy(err) keeps the error as it is:', Object.keys(err), err.message));
})();
