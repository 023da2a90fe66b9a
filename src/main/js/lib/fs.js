'use strict';
// Node's fs for datagraal: the synchronous and callback forms of the file operations scripts use
// most (read/write whole files, stat, folders, links, times, modes, descriptors). The OS work is
// done by the Java binding internalBinding('fs'), synchronously or on its thread pool; arguments,
// errors and results are shaped here as Node 20 shapes them. Streams, watchers, cp, opendir, Dir,
// chown, readv/writev, statfs and openAsBlob are not provided (the properties are absent).

const { Buffer } = require('buffer');
const pathModule = require('path');
const { AbortError } = require('internal/errors');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject, validateString,
} = require('internal/validators');
const {
  constants, uvException, fsSystemError, notSupported, isErrno, getValidatedPath, getValidatedFd, isFd,
  getOptions, stringToFlags, parseOpenFlags, parseFileMode, checkSmallMode, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateBuffer, viewBytes, bufferFromHost, isUtf8, Stats,
  getStatsFromBinding, Dirent, encodeName, triedTempName, validateRmOptionsShape,
} = require('internal/fs/utils');

const binding = internalBinding('fs');
const { F_OK, R_OK, W_OK, X_OK, O_WRONLY, COPYFILE_FICLONE_FORCE } = constants;
const kReadBufferSize = 16384;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- binding calls ----

// `done(result)` runs with what the binding returned: synchronously when `done` is undefined
// (the result is then returned), else on the loop thread once the pool has finished.
function statResult(result, syscall, path, bigint) {
  if (typeof result === 'number') return uvException({ errno: result, syscall, path });
  return getStatsFromBinding(result, bigint);
}

function throwIfError(result, syscall, path, dest) {
  if (isErrno(result)) throw uvException({ errno: result, syscall, path, dest });
  return result;
}

function simpleCallback(callback, syscall, path, dest) {
  return (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall, path, dest }));
    else callback(null);
  };
}

function dataToBuffer(data, encoding) {
  if (ArrayBuffer.isView(data)) return viewBytes(data);
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return Buffer.from(data, encoding || 'utf8');
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---- access, exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  mode = checkSmallMode(mode, F_OK, 7);
  binding.access(path, mode, simpleCallback(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = checkSmallMode(mode, F_OK, 7);
  throwIfError(binding.access(path, mode, undefined), 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let validated;
  try {
    validated = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  binding.access(validated, F_OK, (result) => callback(result === 0));
}

Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false, writable: false, configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.access(path, F_OK, undefined) === 0;
}

// ---- open, close, read, write ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = parseOpenFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'open', path }));
    else callback(null, result);
  });
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = parseOpenFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return throwIfError(binding.open(path, flagsNumber, mode, undefined), 'open', path);
}

function defaultCloseCallback(error) {
  if (error !== null) throw error;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, simpleCallback(callback, 'close'));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  throwIfError(binding.close(fd, undefined), 'close');
}

// Copies what the binding read (a Java ByteBuffer) into the caller's buffer; the count.
function copyRead(result, buffer, offset) {
  const bytes = new Uint8Array(result);
  if (bytes.length > 0) viewBytes(buffer).set(bytes, offset);
  return bytes.length;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(kReadBufferSize) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(kReadBufferSize);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const where = validatePosition(position);
  binding.read(fd, length, where, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'read' }), 0, buffer);
    else callback(null, copyRead(result, buffer, offset), buffer);
  });
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const where = validatePosition(position);
  const result = throwIfError(binding.read(fd, length, where, undefined), 'read');
  return copyRead(result, buffer, offset);
}

function validateStringData(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function stringBytes(text, encoding) {
  if (encoding === 'hex' && text.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${text.length}`);
  }
  return Buffer.from(text, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

function writeBytes(fd, bytes, offset, length, position, callback) {
  const where = typeof position === 'number' || typeof position === 'bigint' ? validatePosition(position) : -1;
  return binding.write(fd, bytes.buffer, bytes.byteOffset + offset, length, where, callback);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    writeBytes(fd, viewBytes(buffer), offset, length, position, (result) => {
      if (isErrno(result)) callback(uvException({ errno: result, syscall: 'write' }), 0, buffer);
      else callback(null, result, buffer);
    });
    return;
  }
  validateStringData(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const text = buffer;
  const bytes = stringBytes(text, length);
  callback = makeCallback(position);
  writeBytes(fd, bytes, 0, bytes.length, offset, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'write' }), 0, text);
    else callback(null, result, text);
  });
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let result;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    result = writeBytes(fd, viewBytes(buffer), offset, length, position, undefined);
  } else {
    validateStringData(buffer, 'buffer');
    const bytes = stringBytes(buffer, length);
    result = writeBytes(fd, bytes, 0, bytes.length, offset, undefined);
  }
  return throwIfError(result, 'write');
}

// ---- whole files ----

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  let fd = path;
  if (!isUserFd) {
    path = getValidatedPath(path);
    fd = throwIfError(binding.open(path, stringToFlags(options.flag), 0o666, undefined), 'open', path);
  }
  const text = isUtf8(options.encoding);
  const result = text ? binding.readAllText(fd, undefined) : binding.readAll(fd, undefined);
  if (!isUserFd) binding.close(fd, undefined);
  throwIfError(result, 'read');
  if (text) return result;
  const buffer = bufferFromHost(result);
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  const text = isUtf8(options.encoding);
  const finish = (error, result) => {
    if (error) return callback(error);
    if (text) return callback(null, result);
    const buffer = bufferFromHost(result);
    let value = buffer;
    try {
      if (options.encoding) value = buffer.toString(options.encoding);
    } catch (encodingError) {
      return callback(encodingError);
    }
    callback(null, value);
  };
  const readOpen = (fd) => {
    if (checkAborted(signal, isUserFd ? callback : (error) => binding.close(fd, () => callback(error)))) return;
    const onRead = (result) => {
      const error = isErrno(result) ? uvException({ errno: result, syscall: 'read' }) : null;
      if (isUserFd) return finish(error, result);
      binding.close(fd, () => finish(error, result));
    };
    if (text) binding.readAllText(fd, onRead);
    else binding.readAll(fd, onRead);
  };
  if (isUserFd) {
    process.nextTick(() => readOpen(path));
    return;
  }
  if (checkAborted(signal, (error) => process.nextTick(callback, error))) return;
  binding.open(path, flags, 0o666, (fd) => {
    if (isErrno(fd)) return callback(uvException({ errno: fd, syscall: 'open', path }));
    readOpen(fd);
  });
}

function writeFileOptions(options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return options;
}

function writeAllSync(fd, bytes) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const written = throwIfError(
      binding.write(fd, bytes.buffer, bytes.byteOffset + offset, bytes.byteLength - offset, -1, undefined), 'write');
    offset += written;
  }
}

function writeFileSync(path, data, options) {
  options = writeFileOptions(options, 'w');
  const bytes = dataToBuffer(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAllSync(path, bytes);
    return;
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fd = throwIfError(binding.open(path, stringToFlags(flag), mode, undefined), 'open', path);
  try {
    writeAllSync(fd, bytes);
    if (options.flush) binding.fsync(fd, true, undefined);
  } finally {
    binding.close(fd, undefined);
  }
}

function writeAll(fd, bytes, offset, signal, callback) {
  if (checkAborted(signal, callback)) return;
  if (offset >= bytes.byteLength) return callback(null);
  binding.write(fd, bytes.buffer, bytes.byteOffset + offset, bytes.byteLength - offset, -1, (result) => {
    if (isErrno(result)) return callback(uvException({ errno: result, syscall: 'write' }));
    writeAll(fd, bytes, offset + result, signal, callback);
  });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = writeFileOptions(options, 'w');
  const bytes = dataToBuffer(data, options.encoding);
  const flag = options.flag || 'w';
  const signal = options.signal;
  if (isFd(path)) {
    process.nextTick(() => writeAll(path, bytes, 0, signal, callback));
    return;
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(flag);
  if (checkAborted(signal, (error) => process.nextTick(callback, error))) return;
  binding.open(path, flags, mode, (fd) => {
    if (isErrno(fd)) return callback(uvException({ errno: fd, syscall: 'open', path }));
    writeAll(fd, bytes, 0, signal, (error) => {
      const close = () => binding.close(fd, (closed) => {
        if (error) return callback(error);
        if (isErrno(closed)) return callback(uvException({ errno: closed, syscall: 'close' }));
        callback(null);
      });
      if (!error && options.flush) binding.fsync(fd, true, close);
      else close();
    });
  });
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

// ---- stat ----

function statOptionsBigint(options) {
  return options != null && options.bigint === true;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptionsBigint(options);
  binding.statPath(path, true, (result) => {
    const value = statResult(result, 'stat', path, bigint);
    if (value instanceof Error) callback(value);
    else callback(null, value);
  });
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptionsBigint(options);
  binding.statPath(path, false, (result) => {
    const value = statResult(result, 'lstat', path, bigint);
    if (value instanceof Error) callback(value);
    else callback(null, value);
  });
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = statOptionsBigint(options);
  binding.fstat(fd, (result) => {
    const value = statResult(result, 'fstat', undefined, bigint);
    if (value instanceof Error) callback(value);
    else callback(null, value);
  });
}

function statSyncWith(path, options, follow, syscall) {
  path = getValidatedPath(path);
  const result = binding.statPath(path, follow, undefined);
  if (typeof result === 'number') {
    if (options?.throwIfNoEntry === false && result === -2) return undefined;
    throw uvException({ errno: result, syscall, path });
  }
  return getStatsFromBinding(result, statOptionsBigint(options));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(path, options, true, 'stat');
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncWith(path, options, false, 'lstat');
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const result = binding.fstat(fd, undefined);
  if (typeof result === 'number') throw uvException({ errno: result, syscall: 'fstat' });
  return getStatsFromBinding(result, statOptionsBigint(options));
}

// ---- folders ----

function direntsFromJson(json, path, withFileTypes, encoding) {
  const entries = JSON.parse(json);
  if (!withFileTypes) return entries.map((name) => encodeName(name, encoding));
  return entries.map(([name, type]) => new Dirent(encodeName(name, encoding), type, path));
}

function readdirRecursiveSync(path, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const result = [];
  const queue = [[path, '']];
  for (let i = 0; i < queue.length; i++) {
    const [dir, relative] = queue[i];
    const json = throwIfError(binding.readdir(dir, true, undefined), 'scandir', dir);
    for (const [name, type] of JSON.parse(json)) {
      const relativeName = relative ? pathModule.join(relative, name) : name;
      if (withFileTypes) result.push(new Dirent(encodeName(name, options.encoding), type, dir));
      else result.push(encodeName(relativeName, options.encoding));
      if (type === constants.UV_DIRENT_DIR) queue.push([pathModule.join(dir, name), relativeName]);
    }
  }
  return result;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  const withFileTypes = Boolean(options.withFileTypes);
  const json = throwIfError(binding.readdir(path, withFileTypes, undefined), 'scandir', path);
  return direntsFromJson(json, path, withFileTypes, options.encoding);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    const withFileTypes = Boolean(options.withFileTypes);
    const result = [];
    const queue = [[path, '']];
    const next = (i) => {
      if (i >= queue.length) return callback(null, result);
      const [dir, relative] = queue[i];
      binding.readdir(dir, true, (json) => {
        if (isErrno(json)) return callback(uvException({ errno: json, syscall: 'scandir', path: dir }));
        for (const [name, type] of JSON.parse(json)) {
          const relativeName = relative ? pathModule.join(relative, name) : name;
          if (withFileTypes) result.push(new Dirent(encodeName(name, options.encoding), type, dir));
          else result.push(encodeName(relativeName, options.encoding));
          if (type === constants.UV_DIRENT_DIR) queue.push([pathModule.join(dir, name), relativeName]);
        }
        next(i + 1);
      });
    };
    next(0);
    return;
  }
  const withFileTypes = Boolean(options.withFileTypes);
  binding.readdir(path, withFileTypes, (json) => {
    if (isErrno(json)) return callback(uvException({ errno: json, syscall: 'scandir', path }));
    callback(null, direntsFromJson(json, path, withFileTypes, options.encoding));
  });
}

function mkdirArguments(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options && typeof options === 'object') {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { mode, recursive };
}

function mkdirResult(result, recursive) {
  if (!recursive) return undefined;
  return result === '' ? undefined : result;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArguments(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, mode, recursive, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'mkdir', path }));
    else if (recursive) callback(null, mkdirResult(result, true));
    else callback(null);
  });
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArguments(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = throwIfError(binding.mkdir(path, mode, recursive, undefined), 'mkdir', path);
  return mkdirResult(result, recursive);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'mkdtemp', path: triedTempName(prefix) }));
    else callback(null, encodeName(result, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const result = throwIfError(binding.mkdtemp(prefix, undefined), 'mkdtemp', `${prefix}XXXXXX`);
  return encodeName(result, options.encoding);
}

// ---- removing ----

let rmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (rmdirWarned) return;
  rmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function directoryError(path) {
  return fsSystemError('ERR_FS_EISDIR', 'Path is a directory', {
    code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
  });
}

// What rm does once its options are checked: lstat decides between unlink and a tree removal.
function rmChecked(path, options, lstatResult) {
  if (typeof lstatResult === 'number') {
    if (lstatResult === -2 && options.force) return null;
    return uvException({ errno: lstatResult, syscall: 'lstat', path });
  }
  const isDirectory = (Number(lstatResult.split(',')[1]) & constants.S_IFMT) === constants.S_IFDIR;
  if (isDirectory && !options.recursive) return directoryError(path);
  return isDirectory ? 'tree' : 'file';
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsShape(options);
  const decision = rmChecked(path, options, binding.statPath(path, false, undefined));
  if (decision === null) return;
  if (decision instanceof Error) throw decision;
  const result = decision === 'tree' ? binding.rmTree(path, undefined) : binding.unlink(path, undefined);
  if (isErrno(result) && !(result === -2 && options.force)) throw uvException({ errno: result, syscall: 'rm', path });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmOptionsShape(options);
  binding.statPath(path, false, (lstatResult) => {
    const decision = rmChecked(path, options, lstatResult);
    if (decision === null) return callback(null);
    if (decision instanceof Error) return callback(decision);
    const done = (result) => {
      if (isErrno(result) && !(result === -2 && options.force)) callback(uvException({ errno: result, syscall: 'rm', path }));
      else callback(null);
    };
    if (decision === 'tree') binding.rmTree(path, done);
    else binding.unlink(path, done);
  });
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const shaped = validateRmOptionsShape({ ...options, force: false });
    const lstatResult = binding.statPath(path, false, undefined);
    if (typeof lstatResult === 'number') throw uvException({ errno: lstatResult, syscall: 'lstat', path });
    if ((Number(lstatResult.split(',')[1]) & constants.S_IFMT) === constants.S_IFDIR && shaped.recursive) {
      throwIfError(binding.rmTree(path, undefined), 'rmdir', path);
      return;
    }
  } else if (options !== undefined) {
    validateRmOptionsShape({ ...options, force: false });
  }
  throwIfError(binding.rmdir(path, undefined), 'rmdir', path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptionsShape({ ...options, force: false });
    binding.statPath(path, false, (lstatResult) => {
      if (typeof lstatResult === 'number') return callback(uvException({ errno: lstatResult, syscall: 'lstat', path }));
      if ((Number(lstatResult.split(',')[1]) & constants.S_IFMT) === constants.S_IFDIR) {
        binding.rmTree(path, simpleCallback(callback, 'rmdir', path));
      } else {
        binding.rmdir(path, simpleCallback(callback, 'rmdir', path));
      }
    });
    return;
  }
  if (options !== undefined) validateRmOptionsShape({ ...options, force: false });
  binding.rmdir(path, simpleCallback(callback, 'rmdir', path));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, simpleCallback(callback, 'unlink', path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  throwIfError(binding.unlink(path, undefined), 'unlink', path);
}

// ---- rename, copy, links ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, simpleCallback(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  throwIfError(binding.rename(oldPath, newPath, undefined), 'rename', oldPath, newPath);
}

function copyMode(mode) {
  mode = checkSmallMode(mode, 0, 7);
  if (mode & COPYFILE_FICLONE_FORCE) throw notSupported('fs.copyFile with COPYFILE_FICLONE_FORCE');
  return mode;
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = copyMode(mode);
  binding.copyFile(src, dest, mode, simpleCallback(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = copyMode(mode);
  throwIfError(binding.copyFile(src, dest, mode, undefined), 'copyfile', src, dest);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  if (type != null) validateString(type, 'type');
  binding.symlink(target, path, simpleCallback(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  if (type != null) validateString(type, 'type');
  throwIfError(binding.symlink(target, path, undefined), 'symlink', target, path);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, simpleCallback(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  throwIfError(binding.link(existingPath, newPath, undefined), 'link', existingPath, newPath);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readlink(path, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'readlink', path }));
    else callback(null, encodeName(result, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(throwIfError(binding.readlink(path, undefined), 'readlink', path), options.encoding);
}

// Node's own realpath walks the resolved path, reporting the lstat or stat that failed.
function realpathFailure(result) {
  if (typeof result === 'number') return uvException({ errno: result, syscall: 'lstat' });
  if (result.startsWith('{')) return uvException(JSON.parse(result));
  return null;
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const result = binding.realpathWalk(pathModule.resolve(path), undefined);
  const error = realpathFailure(result);
  if (error) throw error;
  return encodeName(result, options.encoding);
}

realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(throwIfError(binding.realpathNative(path, undefined), 'realpath', path), options.encoding);
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpathWalk(pathModule.resolve(path), (result) => {
    const error = realpathFailure(result);
    if (error) callback(error);
    else callback(null, encodeName(result, options.encoding));
  });
}

realpath.native = function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpathNative(path, (result) => {
    if (isErrno(result)) callback(uvException({ errno: result, syscall: 'realpath', path }));
    else callback(null, encodeName(result, options.encoding));
  });
};

// ---- modes and sizes ----

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, simpleCallback(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  throwIfError(binding.chmod(path, mode, undefined), 'chmod', path);
}

function validateLength(len) {
  if (len == null || typeof len === 'function') return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function truncate(path, len, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = validateLength(len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, O_WRONLY, 0, (fd) => {
    if (isErrno(fd)) return callback(uvException({ errno: fd, syscall: 'open', path }));
    binding.ftruncate(fd, len, (result) => {
      binding.close(fd, () => {
        if (isErrno(result)) callback(uvException({ errno: result, syscall: 'ftruncate' }));
        else callback(null);
      });
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  len = validateLength(len);
  path = getValidatedPath(path);
  const fd = throwIfError(binding.open(path, O_WRONLY, 0, undefined), 'open', path);
  try {
    throwIfError(binding.ftruncate(fd, len, undefined), 'ftruncate');
  } finally {
    binding.close(fd, undefined);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLength(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, simpleCallback(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  len = validateLength(len);
  throwIfError(binding.ftruncate(fd, len, undefined), 'ftruncate');
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, true, simpleCallback(callback, 'fsync'));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  throwIfError(binding.fsync(fd, true, undefined), 'fsync');
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, false, simpleCallback(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  throwIfError(binding.fsync(fd, false, undefined), 'fdatasync');
}

// ---- times ----

function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, simpleCallback(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  throwIfError(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, undefined), 'utime', path);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, simpleCallback(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  throwIfError(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, undefined), 'lutime', path);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, simpleCallback(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  throwIfError(binding.futimes(fd, atime, mtime, undefined), 'futime');
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, simpleCallback(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  throwIfError(binding.fchmod(fd, mode, undefined), 'fchmod');
}

let promises;

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  exists,
  existsSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  link,
  linkSync,
  lutimes,
  lutimesSync,
  lstat,
  lstatSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  Dirent,
  Stats,
  _toUnixTimestamp: toUnixTimestamp,
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
};

// The stream classes load the stream module, so only when a script asks for them.
for (const name of ['ReadStream', 'WriteStream', 'createReadStream', 'createWriteStream']) {
  Object.defineProperty(fs, name, {
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/streams')[name]; },
    set(value) { Object.defineProperty(fs, name, { value, writable: true, enumerable: true, configurable: true }); },
  });
}

Object.defineProperty(fs, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('fs/promises');
    return promises;
  },
});
