'use strict';
// fs/promises for datagraal: the promise forms of the operations lib/fs.js provides, and a basic
// FileHandle (read, write, readFile, writeFile, appendFile, stat, truncate, sync, close). Every
// function is async, so invalid arguments reject rather than throw, as in Node.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateBoolean, validateInteger, validateObject, validateString } = require('internal/validators');
const {
  constants, uvException, fsSystemError, notSupported, isErrno, getValidatedPath, getOptions, stringToFlags,
  parseOpenFlags, parseFileMode, checkSmallMode, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition, validateBuffer, viewBytes, bufferFromHost, isUtf8, getStatsFromBinding, Dirent, encodeName,
  triedTempName, validateRmOptionsShape,
} = require('internal/fs/utils');

const binding = internalBinding('fs');
const { F_OK, S_IFMT, S_IFDIR, UV_DIRENT_DIR, O_WRONLY, COPYFILE_FICLONE_FORCE } = constants;
const kReadBufferSize = 16384;

// Calls a binding operation with a callback and resolves with its raw result.
function call(operation, ...args) {
  return new Promise((resolve) => {
    operation.call(binding, ...args, resolve);
  });
}

async function checked(promise, syscall, path, dest) {
  const result = await promise;
  if (isErrno(result)) throw uvException({ errno: result, syscall, path, dest });
  return result;
}

function checkSignal(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function isDirectoryMode(statText) {
  return (Number(statText.split(',')[1]) & S_IFMT) === S_IFDIR;
}

// ---- FileHandle ----

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

function closedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = checked(call(binding.close, fd), 'close').then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (error) => {
      this[kClosePromise] = null;
      throw error;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  #liveFd(syscall) {
    if (this[kFd] === -1 || this[kClosePromise]) throw closedError(syscall);
    return this[kFd];
  }

  async appendFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeFileHandle(this, data, options);
  }

  async chmod(mode) {
    const fd = this.#liveFd('fchmod');
    mode = parseFileMode(mode, 'mode');
    await checked(call(binding.fchmod, fd, mode), 'fchmod');
  }

  async utimes(atime, mtime) {
    const fd = this.#liveFd('futime');
    const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
    await checked(call(binding.futimes, fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')), 'futime');
  }

  async datasync() {
    const fd = this.#liveFd('fdatasync');
    await checked(call(binding.fsync, fd, false), 'fdatasync');
  }

  async sync() {
    const fd = this.#liveFd('fsync');
    await checked(call(binding.fsync, fd, true), 'fsync');
  }

  async read(bufferOrOptions, offsetOrOptions, length, position) {
    let buffer = bufferOrOptions;
    let offset = offsetOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      if (bufferOrOptions != null) validateObject(bufferOrOptions, 'options', { nullable: true });
      ({ buffer = Buffer.alloc(kReadBufferSize), offset = 0, length = buffer.byteLength - offset,
        position = null } = bufferOrOptions ?? {});
    } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    const fd = this.#liveFd('read');
    validateBuffer(buffer);
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return { __proto__: null, bytesRead: length, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    const where = validatePosition(position);
    const result = await checked(call(binding.read, fd, length, where), 'read');
    const bytes = new Uint8Array(result);
    if (bytes.length > 0) viewBytes(buffer).set(bytes, offset);
    return { __proto__: null, bytesRead: bytes.length, buffer };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    const fd = this.#liveFd('read');
    checkSignal(options.signal);
    if (isUtf8(options.encoding)) return checked(call(binding.readAllText, fd), 'read');
    const result = await checked(call(binding.readAll, fd), 'read');
    const buffer = bufferFromHost(result);
    return options.encoding ? buffer.toString(options.encoding) : buffer;
  }

  async stat(options = { bigint: false }) {
    const fd = this.#liveFd('fstat');
    const result = await checked(call(binding.fstat, fd), 'fstat');
    return getStatsFromBinding(result, options?.bigint === true);
  }

  async truncate(len = 0) {
    const fd = this.#liveFd('ftruncate');
    validateInteger(len, 'len');
    await checked(call(binding.ftruncate, fd, Math.max(0, len)), 'ftruncate');
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#liveFd('write');
    if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const bytes = viewBytes(buffer);
      const where = position == null ? -1 : validatePosition(position);
      const written = await checked(call(binding.write, fd, bytes.buffer, bytes.byteOffset + offset, length, where),
        'write');
      return { __proto__: null, bytesWritten: written, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const encoding = typeof length === 'string' && Buffer.isEncoding(length) ? length : 'utf8';
    const bytes = Buffer.from(buffer, encoding);
    const where = typeof offsetOrOptions === 'number' ? validatePosition(offsetOrOptions) : -1;
    const written = await checked(call(binding.write, fd, bytes.buffer, bytes.byteOffset, bytes.length, where),
      'write');
    return { __proto__: null, bytesWritten: written, buffer };
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeFileHandle(this, data, options);
  }
}

async function writeAll(fd, bytes, signal) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    checkSignal(signal);
    offset += await checked(call(binding.write, fd, bytes.buffer, bytes.byteOffset + offset,
      bytes.byteLength - offset, -1), 'write');
  }
}

async function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return viewBytes(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (data != null && typeof data === 'object' &&
      (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function')) {
    const chunks = [];
    for await (const chunk of data) {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, encoding || 'utf8'));
      else if (ArrayBuffer.isView(chunk)) chunks.push(Buffer.from(viewBytes(chunk)));
      else throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    return Buffer.concat(chunks);
  }
  throw new ERR_INVALID_ARG_TYPE('data',
    ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
}

async function writeFileHandle(handle, data, options) {
  const fd = handle.fd;
  if (fd === -1) throw closedError('write');
  const bytes = await dataBytes(data, options.encoding);
  await writeAll(fd, bytes, options.signal);
}

// ---- whole files ----

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  checkSignal(options.signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const fd = await checked(call(binding.open, path, flags, 0o666), 'open', path);
  let result;
  try {
    checkSignal(options.signal);
    result = await call(isUtf8(options.encoding) ? binding.readAllText : binding.readAll, fd);
  } finally {
    await call(binding.close, fd);
  }
  if (isErrno(result)) throw uvException({ errno: result, syscall: 'read' });
  if (isUtf8(options.encoding)) return result;
  const buffer = bufferFromHost(result);
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  if (!ArrayBuffer.isView(data) && typeof data !== 'string' &&
      !(data != null && typeof data === 'object' &&
        (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function'))) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkSignal(options.signal);
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fd = await checked(call(binding.open, path, stringToFlags(flag), mode), 'open', path);
  try {
    await writeAll(fd, await dataBytes(data, options.encoding), options.signal);
    if (flush) await checked(call(binding.fsync, fd, true), 'fsync');
  } finally {
    await call(binding.close, fd);
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = parseOpenFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await checked(call(binding.open, path, flagsNumber, mode), 'open', path);
  return new FileHandle(fd);
}

// ---- paths ----

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = checkSmallMode(mode, F_OK, 7);
  await checked(call(binding.access, path, mode), 'access', path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = checkSmallMode(mode, 0, 7);
  if (mode & COPYFILE_FICLONE_FORCE) throw notSupported('fs.promises.copyFile with COPYFILE_FICLONE_FORCE');
  await checked(call(binding.copyFile, src, dest, mode), 'copyfile', src, dest);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await checked(call(binding.rename, oldPath, newPath), 'rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  path = getValidatedPath(path);
  validateInteger(len, 'len');
  const fd = await checked(call(binding.open, path, O_WRONLY, 0), 'open', path);
  try {
    await checked(call(binding.ftruncate, fd, Math.max(0, len)), 'ftruncate');
  } finally {
    await call(binding.close, fd);
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsShape(options);
  const lstatResult = await call(binding.statPath, path, false);
  if (typeof lstatResult === 'number') {
    if (lstatResult === -2 && options.force) return;
    throw uvException({ errno: lstatResult, syscall: 'lstat', path });
  }
  const directory = isDirectoryMode(lstatResult);
  if (directory && !options.recursive) {
    throw fsSystemError('ERR_FS_EISDIR', 'Path is a directory', {
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    });
  }
  const result = await call(directory ? binding.rmTree : binding.unlink, path);
  if (isErrno(result) && !(result === -2 && options.force)) throw uvException({ errno: result, syscall: 'rm', path });
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateRmOptionsShape({ ...options, force: false });
  if (options?.recursive) {
    const lstatResult = await checked(call(binding.statPath, path, false), 'lstat', path);
    if (isDirectoryMode(lstatResult)) {
      await checked(call(binding.rmTree, path), 'rmdir', path);
      return;
    }
  }
  await checked(call(binding.rmdir, path), 'rmdir', path);
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options && typeof options === 'object') {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = await checked(call(binding.mkdir, path, mode, recursive), 'mkdir', path);
  return recursive && result !== '' ? result : undefined;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const withFileTypes = Boolean(options.withFileTypes);
  if (!options.recursive) {
    const json = await checked(call(binding.readdir, path, withFileTypes), 'scandir', path);
    const entries = JSON.parse(json);
    if (!withFileTypes) return entries.map((name) => encodeName(name, options.encoding));
    return entries.map(([name, type]) => new Dirent(encodeName(name, options.encoding), type, path));
  }
  const result = [];
  const queue = [[path, '']];
  for (let i = 0; i < queue.length; i++) {
    const [dir, relative] = queue[i];
    const json = await checked(call(binding.readdir, dir, true), 'scandir', dir);
    for (const [name, type] of JSON.parse(json)) {
      const relativeName = relative ? pathModule.join(relative, name) : name;
      if (withFileTypes) result.push(new Dirent(encodeName(name, options.encoding), type, dir));
      else result.push(encodeName(relativeName, options.encoding));
      if (type === UV_DIRENT_DIR) queue.push([pathModule.join(dir, name), relativeName]);
    }
  }
  return result;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await checked(call(binding.readlink, path), 'readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  if (type != null) validateString(type, 'type');
  await checked(call(binding.symlink, target, path), 'symlink', target, path);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await checked(call(binding.link, existingPath, newPath), 'link', existingPath, newPath);
}

async function statWith(path, options, follow, syscall) {
  path = getValidatedPath(path);
  const result = await checked(call(binding.statPath, path, follow), syscall, path);
  return getStatsFromBinding(result, options?.bigint === true);
}

async function stat(path, options = { bigint: false }) {
  return statWith(path, options, true, 'stat');
}

async function lstat(path, options = { bigint: false }) {
  return statWith(path, options, false, 'lstat');
}

async function unlink(path) {
  path = getValidatedPath(path);
  await checked(call(binding.unlink, path), 'unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  await checked(call(binding.chmod, path, mode), 'chmod', path);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
  await checked(call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true), 'utime', path);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const { _toUnixTimestamp: toUnixTimestamp } = require('fs');
  await checked(call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false), 'lutime', path);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await checked(call(binding.realpathNative, path), 'realpath', path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const result = await checked(call(binding.mkdtemp, prefix), 'mkdtemp', triedTempName(prefix));
  return encodeName(result, options.encoding);
}

module.exports = {
  access,
  copyFile,
  open,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  link,
  unlink,
  chmod,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
};
