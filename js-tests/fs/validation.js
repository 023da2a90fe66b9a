// Argument checks of fs: the TypeError/RangeError Node throws (or rejects with) for bad paths,
// options, encodings, flags, modes, descriptors, buffers, offsets and callbacks.
'use strict';

const fs = require('fs');
const { scratch } = require('./fixtures/scratch');

const { at, attempt } = scratch('validation');
fs.writeFileSync(at('file'), 'abcdef');
const file = at('file');

const show = (label, fn) => {
  try {
    const result = fn();
    console.log(label, '->', result === undefined ? 'undefined' : typeof result);
  } catch (error) {
    console.log(label, 'threw', error.name, error.code, JSON.stringify(error.message));
  }
};

show('path number', () => fs.readFileSync(1.5));
show('path object', () => fs.statSync({}));
show('path null byte', () => fs.readFileSync('a\u0000b'));
show('path buffer null byte', () => fs.existsSync(Buffer.from('a\u0000b')) || fs.statSync(Buffer.from('a\u0000b')));
show('path undefined', () => fs.readdirSync());
show('path boolean', () => fs.mkdirSync(true));
show('path array', () => fs.unlinkSync(['a']));
show('bad encoding', () => fs.readFileSync(file, 'nope'));
show('bad encoding in object', () => fs.readFileSync(file, { encoding: 'nope' }));
show('bad flag', () => fs.readFileSync(file, { flag: 'q' }));
show('options number', () => fs.readFileSync(file, 5));
show('options boolean', () => fs.readdirSync(at(''), true));
show('signal not a signal', () => fs.writeFileSync(at('w'), 'x', { signal: 5 }));
show('flush not boolean', () => fs.writeFileSync(at('w'), 'x', { flush: 1 }));
show('data number', () => fs.writeFileSync(at('w'), 5));
show('data object', () => fs.writeFileSync(at('w'), { toString() { return 'x'; } }));
show('data null', () => fs.appendFileSync(at('w'), null));
show('mode not octal', () => fs.mkdirSync(at('m'), { mode: 'xyz' }));
show('mode negative', () => fs.openSync(file, 'r', -1));
show('mode too big', () => fs.openSync(file, 'r', 2 ** 32));
show('mode fraction', () => fs.openSync(file, 'r', 1.5));
show('mode object', () => fs.openSync(file, 'r', {}));
show('flags unknown', () => fs.openSync(file, 'zz'));
show('flags object', () => fs.openSync(file, {}));
show('flags fraction', () => fs.openSync(file, 1.5));
show('recursive not boolean', () => fs.mkdirSync(at('m'), { recursive: 1 }));
show('readdir recursive not boolean', () => fs.readdirSync(at(''), { recursive: 'yes' }));
show('access mode too big', () => fs.accessSync(file, 8));
show('access mode string', () => fs.accessSync(file, 'r'));
show('copyFile mode too big', () => fs.copyFileSync(file, at('c'), 9));
show('copyFile mode string', () => fs.copyFileSync(file, at('c'), 'x'));
show('rename newPath number', () => fs.renameSync(file, 5));
show('copyFile dest object', () => fs.copyFileSync(file, {}));
show('rm options number', () => fs.rmSync(at('x'), 5));
show('rm force not boolean', () => fs.rmSync(at('x'), { force: 1 }));
show('rm recursive not boolean', () => fs.rmSync(at('x'), { recursive: 'x' }));
show('rm maxRetries negative', () => fs.rmSync(at('x'), { maxRetries: -1 }));
show('mkdtemp prefix number', () => fs.mkdtempSync(5));
show('mkdtemp options number', () => fs.mkdtempSync(at('t-'), 5));
show('fd string', () => fs.closeSync('3'));
show('fd negative', () => fs.closeSync(-1));
show('fd fraction', () => fs.fstatSync(1.5));
show('fd too big', () => fs.closeSync(2 ** 31));
const fd = fs.openSync(file, 'r+');
show('read buffer string', () => fs.readSync(fd, 'x'));
show('read offset beyond', () => fs.readSync(fd, Buffer.alloc(4), 5, 1));
show('read length beyond', () => fs.readSync(fd, Buffer.alloc(4), 0, 5));
show('read length negative', () => fs.readSync(fd, Buffer.alloc(4), 0, -1));
show('read offset negative', () => fs.readSync(fd, Buffer.alloc(4), -1, 1));
show('read offset fraction', () => fs.readSync(fd, Buffer.alloc(4), 1.5, 1));
show('read position string', () => fs.readSync(fd, Buffer.alloc(4), 0, 1, 'x'));
show('read position -2', () => fs.readSync(fd, Buffer.alloc(4), 0, 1, -2));
show('read position too big', () => fs.readSync(fd, Buffer.alloc(4), 0, 1, 2 ** 53));
show('read position fraction', () => fs.readSync(fd, Buffer.alloc(4), 0, 1, 1.5));
show('read empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 0));
show('read options not object', () => fs.readSync(fd, Buffer.alloc(4), 5));
show('write number', () => fs.writeSync(fd, 5));
show('write offset beyond', () => fs.writeSync(fd, Buffer.from('abc'), 4));
show('write length beyond', () => fs.writeSync(fd, Buffer.from('abc'), 1, 3));
show('write offset negative', () => fs.writeSync(fd, Buffer.from('abc'), -1));
show('write offset fraction', () => fs.writeSync(fd, Buffer.from('abc'), 1.5));
show('write hex odd length', () => fs.writeSync(fd, 'abc', 0, 'hex'));
fs.closeSync(fd);
for (const name of ['readFile', 'writeFile', 'appendFile', 'access', 'stat', 'lstat', 'mkdir', 'readdir',
  'rename', 'unlink', 'rmdir', 'mkdtemp', 'realpath', 'copyFile', 'exists', 'open', 'readlink', 'chmod']) {
  const args = name === 'rename' || name === 'copyFile' ? [file, at('other')]
    : name === 'writeFile' || name === 'appendFile' ? [at('w'), 'x']
      : name === 'chmod' ? [file, 0o644] : [file];
  show(`${name} without callback`, () => fs[name](...args));
  show(`${name} callback number`, () => fs[name](...args, 5));
}
show('read without callback', () => fs.read(0, Buffer.alloc(1), 0, 1, 0));
show('fstat without callback', () => fs.fstat(0));
show('existsSync number', () => fs.existsSync(5));
show('existsSync null byte', () => fs.existsSync('a\u0000'));
show('existsSync undefined', () => fs.existsSync());
fs.exists(5, (value) => console.log('exists with a bad path calls back at once with', value));
console.log('after exists');

async function promises() {
  const p = fs.promises;
  for (const [label, fn] of [
    ['readFile path number', () => p.readFile(5.5)],
    ['readFile bad encoding', () => p.readFile(file, 'nope')],
    ['writeFile data number', () => p.writeFile(at('w'), 5)],
    ['mkdir recursive not boolean', () => p.mkdir(at('m'), { recursive: 1 })],
    ['access mode too big', () => p.access(file, 8)],
    ['rm force not boolean', () => p.rm(at('x'), { force: 'yes' })],
    ['open bad flags', () => p.open(file, 'zz')],
    ['stat path null byte', () => p.stat('a\u0000')],
  ]) {
    let sync = true;
    try {
      const promise = fn();
      sync = false;
      await promise;
      console.log('promise', label, 'resolved');
    } catch (error) {
      console.log('promise', label, sync ? 'threw' : 'rejected', error.name, error.code, JSON.stringify(error.message));
    }
  }
}
promises();
void attempt;
