// fs.constants with Linux values, the access-mode shortcuts, and the shape of the fs and
// fs/promises exports datagraal provides.
'use strict';

const fs = require('fs');
const fsp = require('fs/promises');

console.log(fs.constants);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, Object.getPrototypeOf(fs.constants), Object.isFrozen(fs.constants));
console.log(fs.promises === fsp, require('node:fs/promises') === fsp, require('node:fs') === fs, fsp.constants === fs.constants);
const descriptor = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log(typeof descriptor.get, descriptor.enumerable, descriptor.configurable);
const names = ['access', 'appendFile', 'chmod', 'close', 'copyFile', 'exists', 'fdatasync', 'fstat', 'fsync', 'ftruncate',
  'link', 'lstat', 'mkdir', 'mkdtemp', 'open', 'read', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm',
  'rmdir', 'stat', 'symlink', 'truncate', 'unlink', 'write', 'writeFile'];
console.log(names.map((name) => `${name}:${typeof fs[name]}/${typeof fs[`${name}Sync`]}`).join(' '));
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native, typeof fs.Stats, typeof fs.Dirent);
const promiseNames = ['access', 'appendFile', 'chmod', 'copyFile', 'link', 'lstat', 'mkdir', 'mkdtemp', 'open', 'readdir',
  'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink', 'writeFile'];
console.log(promiseNames.map((name) => `${name}:${typeof fsp[name]}`).join(' '));
console.log(fs.readFileSync.length, fs.writeFileSync.length, fs.readFile.length, fs.open.length, fs.read.length,
  fs.write.length, fs.mkdir.length, fs.stat.length);
const { promisify } = require('util');
promisify(fs.exists)(__filename).then((exists) => console.log('promisified exists', exists));
promisify(fs.stat)(__filename).then((stats) => console.log('promisified stat', stats.isFile()));
