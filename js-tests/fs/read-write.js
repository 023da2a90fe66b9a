// Whole-file reads and writes in the sync, callback and promise forms: encodings, Buffers,
// TypedArrays, DataViews, flags, modes, appends, fds, file: URLs, AbortSignal, empty and binary data.
'use strict';

const fs = require('fs');
const { scratch } = require('./fixtures/scratch');

const { at, attempt } = scratch('read-write');
const file = at('file.txt');
const mode = (path) => (fs.statSync(path).mode & 0o777).toString(8);

fs.writeFileSync(file, 'h\u00e9llo \u20ac');
console.log(fs.readFileSync(file), fs.readFileSync(file, 'utf8'), fs.readFileSync(file, { encoding: 'latin1' }));
console.log(fs.readFileSync(file, 'hex'), fs.readFileSync(file, 'base64'), fs.readFileSync(file, { encoding: null }).length);
console.log(fs.readFileSync(file) instanceof Buffer, Buffer.isBuffer(fs.readFileSync(file)));
fs.writeFileSync(file, 'ff00fe', 'hex');
console.log('hex write', fs.readFileSync(file));
fs.writeFileSync(file, '\u00e9', { encoding: 'latin1' });
console.log('latin1 write', fs.readFileSync(file));
fs.writeFileSync(file, 'aGk=', 'base64');
console.log('base64 write', fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, new Uint16Array([1, 0x0203]));
console.log('Uint16Array', fs.readFileSync(file));
fs.writeFileSync(file, new DataView(new ArrayBuffer(3)));
console.log('DataView', fs.readFileSync(file));
fs.writeFileSync(file, Buffer.from('0123456789').subarray(2, 5));
console.log('subarray', fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, new Float64Array([1.5]));
console.log('Float64Array', fs.readFileSync(file));
fs.writeFileSync(file, '');
console.log('empty', fs.readFileSync(file), JSON.stringify(fs.readFileSync(file, 'utf8')));
const binary = Buffer.alloc(70000);
for (let i = 0; i < binary.length; i++) binary[i] = (i * 7) & 255;
fs.writeFileSync(file, binary);
console.log('large binary round trip', fs.readFileSync(file).equals(binary));

fs.appendFileSync(file, 'x');
console.log('append to large', fs.statSync(file).size);
fs.writeFileSync(file, 'ab');
fs.appendFileSync(file, 'cd');
fs.appendFileSync(file, Buffer.from('ef'));
fs.appendFileSync(file, new Uint8Array([0x67]), { flag: 'a' });
console.log('appended', fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'Z', { flag: 'a' });
console.log('writeFile flag a', fs.readFileSync(file, 'utf8'));
attempt('writeFile flag wx on existing', () => fs.writeFileSync(file, 'x', { flag: 'wx' }));
fs.writeFileSync(at('new-wx'), 'new', { flag: 'wx' });
console.log('wx new file', fs.readFileSync(at('new-wx'), 'utf8'));
console.log('read with flag a+', fs.readFileSync(file, { flag: 'a+', encoding: 'utf8' }));
console.log('read with flag r+', fs.readFileSync(file, { flag: 'r+', encoding: 'utf8' }));
console.log('read with flag w+ truncates', fs.readFileSync(file, { flag: 'w+' }), fs.statSync(file).size);
attempt('read with flag wx on existing', () => fs.readFileSync(file, { flag: 'wx' }));

fs.writeFileSync(at('mode600'), 'x', { mode: 0o600 });
fs.writeFileSync(at('mode-string'), 'x', { mode: '640' });
fs.appendFileSync(at('append-mode'), 'x', { mode: 0o604 });
console.log('modes', mode(at('mode600')), mode(at('mode-string')), mode(at('append-mode')));
fs.writeFileSync(at('mode600'), 'y', { mode: 0o777 });
console.log('mode applies only on creation', mode(at('mode600')));

const fd = fs.openSync(at('by-fd'), 'w+');
fs.writeFileSync(fd, 'one ');
fs.writeFileSync(fd, 'two');
fs.appendFileSync(fd, ' three');
console.log('writes through an fd continue at its position', fs.readFileSync(at('by-fd'), 'utf8'));
console.log('readFile of an fd reads from its position', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
const readFd = fs.openSync(at('by-fd'), 'r');
console.log('readFile of a fresh fd', fs.readFileSync(readFd, 'utf8'), JSON.stringify(fs.readFileSync(readFd, 'utf8')));
fs.closeSync(readFd);
fs.writeFileSync(Buffer.from(at('buffer-path')), 'buffer path');
console.log('Buffer path', fs.readFileSync(Buffer.from(at('buffer-path')), 'utf8'));

async function callbacks() {
  const step = (fn) => new Promise((resolve) => fn((error, value) => resolve([error, value])));
  const show = (label, [error, value]) => console.log(label, error ? `${error.code} ${error.syscall}` : null,
    Buffer.isBuffer(value) ? value : JSON.stringify(value));
  show('cb writeFile', await step((cb) => fs.writeFile(file, 'callback text', cb)));
  show('cb readFile buffer', await step((cb) => fs.readFile(file, cb)));
  show('cb readFile utf8', await step((cb) => fs.readFile(file, 'utf8', cb)));
  show('cb readFile options', await step((cb) => fs.readFile(file, { encoding: 'hex', flag: 'r' }, cb)));
  show('cb appendFile', await step((cb) => fs.appendFile(file, '+more', cb)));
  show('cb appendFile Buffer', await step((cb) => fs.appendFile(file, Buffer.from('!'), 'utf8', cb)));
  show('cb readFile after appends', await step((cb) => fs.readFile(file, 'utf8', cb)));
  show('cb writeFile TypedArray', await step((cb) => fs.writeFile(file, new Int8Array([65, 66]), cb)));
  show('cb readFile', await step((cb) => fs.readFile(file, 'latin1', cb)));
  show('cb writeFile mode', await step((cb) => fs.writeFile(at('cb-mode'), 'x', { mode: 0o640 }, cb)));
  console.log('cb mode', mode(at('cb-mode')));
  const controller = new AbortController();
  controller.abort();
  const [aborted] = await step((cb) => fs.readFile(file, { signal: controller.signal }, cb));
  console.log('aborted readFile', aborted.name, aborted.code, aborted.message);
  const [abortedWrite] = await step((cb) => fs.writeFile(at('never'), 'x', { signal: controller.signal }, cb));
  console.log('aborted writeFile', abortedWrite.name, abortedWrite.code, fs.existsSync(at('never')));
  const fd2 = fs.openSync(file, 'r');
  show('cb readFile fd', await step((cb) => fs.readFile(fd2, 'utf8', cb)));
  fs.closeSync(fd2);
  let sync = true;
  // Awaits the callback itself: when the read finishes is the file thread's business.
  const called = new Promise((resolve) => fs.readFile(file, () => {
    console.log('readFile callback runs asynchronously:', !sync);
    resolve();
  }));
  sync = false;
  await called;
}

async function promises() {
  const p = fs.promises;
  console.log('promise writeFile', await p.writeFile(file, 'promised'));
  console.log('promise readFile', await p.readFile(file), await p.readFile(file, 'utf8'), await p.readFile(file, { encoding: 'base64' }));
  console.log('promise appendFile', await p.appendFile(file, ' and more'), await p.readFile(file, 'utf8'));
  await p.writeFile(file, ['it', 'er', Buffer.from('able')]);
  console.log('promise writeFile iterable', await p.readFile(file, 'utf8'));
  await p.writeFile(file, (async function* gen() { yield 'async '; yield 'gen'; })());
  console.log('promise writeFile async iterable', await p.readFile(file, 'utf8'));
  await p.writeFile(at('p-mode'), 'x', { mode: 0o604 });
  console.log('promise mode', mode(at('p-mode')));
  try {
    await p.writeFile(file, 'x', { flag: 'wx' });
  } catch (error) {
    console.log('promise wx', error.code, error.syscall);
  }
  const controller = new AbortController();
  controller.abort(new Error('stop'));
  try {
    await p.readFile(file, { signal: controller.signal });
  } catch (error) {
    console.log('promise aborted', error.name, error.code, error.cause.message);
  }
}

callbacks().then(promises).then(() => console.log('done'));
