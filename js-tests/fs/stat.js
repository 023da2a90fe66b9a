// Stats and BigIntStats: their fields (checked by type and by what does not depend on the
// machine), dates derived from the *Ms fields, the is*() checks, lstat on links, fstat,
// throwIfNoEntry, and the shape util.inspect shows.
'use strict';

const fs = require('fs');
const util = require('util');
const { scratch } = require('./fixtures/scratch');

const { at, attempt } = scratch('stat');
fs.writeFileSync(at('file'), 'twelve bytes');
fs.mkdirSync(at('dir'));
fs.symlinkSync('file', at('link'));
fs.symlinkSync('nowhere', at('dangling'));

const s = fs.statSync(at('file'));
console.log(s.constructor.name, s instanceof fs.Stats, Object.keys(s).join(','));
console.log(Object.keys(s).map((key) => `${key}:${s[key] instanceof Date ? 'Date' : typeof s[key]}`).join(' '));
console.log('size', s.size, 'nlink', s.nlink, 'mode type', (s.mode & fs.constants.S_IFMT).toString(8),
  'blocks >= 0', s.blocks >= 0, 'blksize > 0', s.blksize > 0, 'ino > 0', s.ino > 0, 'rdev', s.rdev);
console.log('uid matches process', s.uid === process.getuid?.() || process.getuid === undefined);
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  console.log(name, s[name].getTime() === Math.round(s[`${name}Ms`]), Math.abs(s[`${name}Ms`] - Date.now()) < 600000);
}
console.log('file', s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
const d = fs.statSync(at('dir'));
console.log('dir', d.isFile(), d.isDirectory(), d.isSymbolicLink(), (d.mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR);
console.log('stat through link', fs.statSync(at('link')).isFile(), fs.statSync(at('link')).size);
const l = fs.lstatSync(at('link'));
console.log('lstat link', l.isSymbolicLink(), l.isFile(), l.size);
console.log('lstat dangling', fs.lstatSync(at('dangling')).isSymbolicLink());
attempt('stat dangling', () => fs.statSync(at('dangling')));
console.log('throwIfNoEntry false', fs.statSync(at('missing'), { throwIfNoEntry: false }),
  fs.lstatSync(at('missing'), { throwIfNoEntry: false }));
attempt('throwIfNoEntry false under a file', () => fs.statSync(at('file', 'x'), { throwIfNoEntry: false }));
attempt('throwIfNoEntry false other errors still throw', () => fs.statSync('a\u0000', { throwIfNoEntry: false }));
console.log('options ignored when not an object', fs.statSync(at('file'), 5).size, fs.statSync(at('file'), { bigint: 1 }).size);

const b = fs.statSync(at('file'), { bigint: true });
console.log(b.constructor.name, b instanceof fs.Stats, Object.keys(b).join(','));
console.log(Object.keys(b).map((key) => `${key}:${b[key] instanceof Date ? 'Date' : typeof b[key]}`).join(' '));
console.log('bigint size', b.size, b.isFile(), b.isDirectory(), b.mtimeMs === b.mtimeNs / 1000000n,
  b.mtime.getTime() === Number(b.mtimeMs), b.ino === BigInt(s.ino) || s.ino > Number.MAX_SAFE_INTEGER);
console.log('lstat bigint', fs.lstatSync(at('link'), { bigint: true }).isSymbolicLink());

const fd = fs.openSync(at('file'), 'r');
const f = fs.fstatSync(fd);
console.log('fstat', f.size, f.isFile(), f.ino === s.ino, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);

// What util.inspect shows, with the machine-dependent values replaced.
const shape = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 2, 12, 8, 1700000000123.4567, 1700000000999.5, 0.4, -1.5);
console.log(shape);
console.log(Object.getOwnPropertyNames(fs.Stats.prototype), Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)));
console.log(util.inspect(shape.isFile), shape.isFile(), shape.isDirectory(), fs.Stats.length, fs.Stats.name);

// One callback after another: operations in flight at once may finish in any order.
const steps = [
  ['cb stat', (cb) => fs.stat(at('file'), cb)],
  ['cb stat bigint', (cb) => fs.stat(at('file'), { bigint: true }, cb)],
  ['cb lstat link', (cb) => fs.lstat(at('link'), cb)],
  ['cb stat missing', (cb) => fs.stat(at('missing'), cb)],
];
function next() {
  const step = steps.shift();
  if (step === undefined) return fstatThenPromises();
  step[1]((error, stats) => {
    console.log(step[0], error ? `${error.code} ${error.syscall}` : `${stats.constructor.name} ${stats.isFile()} ${stats.size}`);
    next();
  });
}
function fstatThenPromises() {
  const fd2 = fs.openSync(at('file'), 'r');
  fs.fstat(fd2, (error, stats) => {
    console.log('cb fstat', error, stats.size);
    fs.closeSync(fd2);
    (async () => {
      const p = await fs.promises.stat(at('file'));
      const pl = await fs.promises.lstat(at('link'));
      const pb = await fs.promises.stat(at('dir'), { bigint: true });
      console.log('promise stat', p.constructor.name, p.size, pl.isSymbolicLink(), pb.constructor.name, pb.isDirectory());
    })();
  });
}
next();
