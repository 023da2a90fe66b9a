'use strict';
// What fs, fs/promises and their callers share: the constants (Linux values), Stats, BigIntStats
// and Dirent as Node shows them, the argument checks with Node's errors, flag and mode parsing,
// and the system errors ("ENOENT: no such file or directory, open 'x'") built from the negative
// errno values the Java binding returns.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  makeNodeError, errnoName, errnoMessage,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateInteger, validateObject,
  validateUint32,
} = require('internal/validators');
const { isUint8Array, isTypedArray } = require('internal/buffer/types');

const constants = Object.setPrototypeOf({
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
}, null);

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET, UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK,
} = constants;

// ---- errors ----

// The errnos the Java binding returns for a path outside the embedder's module roots
// (FileAccess.READ_DENIED, WRITE_DENIED, DEST_WRITE_DENIED): the denied path is `path`, or `dest`.
const kReadDenied = -1000002;
const kWriteDenied = -1000003;
const kDestWriteDenied = -1000004;

// Node's permission-model error (node --experimental-permission --allow-fs-read=...), word for word.
function fsAccessDenied(errno, resource, stackStart = uvException) {
  const error = new Error('Access to this API has been restricted');
  error.code = 'ERR_ACCESS_DENIED';
  error.permission = errno === kReadDenied ? 'FileSystemRead' : 'FileSystemWrite';
  error.resource = Buffer.isBuffer(resource) ? resource.toString() : resource;
  if (Error.captureStackTrace) Error.captureStackTrace(error, stackStart);
  return error;
}

// A module or file the loader may not read.
function readAccessDenied(resource) {
  return fsAccessDenied(kReadDenied, resource, readAccessDenied);
}

// A libuv error as Node's fs reports it: "<CODE>: <description>, <syscall> '<path>' -> '<dest>'".
function uvException({ errno, syscall, path, dest }) {
  if (errno === kReadDenied || errno === kWriteDenied) return fsAccessDenied(errno, path);
  if (errno === kDestWriteDenied) return fsAccessDenied(errno, dest);
  const code = errnoName(errno);
  let message = `${code}: ${errnoMessage(errno)}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  if (Error.captureStackTrace) Error.captureStackTrace(error, uvException);
  return error;
}

// Node's SystemError with a path, as rm reports a folder without `recursive`:
// "Path is a directory: rm returned EISDIR (is a directory) <path>", details in `info`.
function fsSystemError(code, prefix, { errno, code: errnoCode, message, syscall, path }) {
  const info = { code: errnoCode, message, path, syscall, errno };
  const error = makeNodeError(Error, code, `${prefix}: ${syscall} returned ${errnoCode} (${message}) ${path}`);
  Object.defineProperty(error, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  Object.defineProperty(error, 'stack', {
    value: `SystemError${String(error.stack).slice('Error'.length)}`, enumerable: false, writable: true, configurable: true,
  });
  error.info = info;
  for (const key of ['errno', 'syscall', 'path']) {
    Object.defineProperty(error, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true, configurable: true,
    });
  }
  return error;
}

// The errors Node 20's C++ layer throws for a bad access/copyFile mode, worded as it words them.
function modeOutOfRange(max) {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
}

function modeNotInt32() {
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
}

// What a Java binding is reached with, and how a failure is told apart from a value.
function isErrno(result) {
  return typeof result === 'number' && result < 0;
}

function notSupported(what) {
  const error = new Error(`${what} is not supported by datagraal`);
  error.code = 'ERR_NOT_SUPPORTED_BY_DATAGRAAL';
  return error;
}

// ---- paths ----

let urlModule;
function lazyUrl() {
  urlModule ??= require('internal/url');
  return urlModule;
}

function toPathIfFileURL(value) {
  if (value == null || typeof value !== 'object' || !lazyUrl().isURL(value)) return value;
  return lazyUrl().fileURLToPath(value);
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  const hasNull = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

// A path argument checked as Node checks it (string, Buffer or file: URL) and turned into the
// string the binding takes.
function getValidatedPath(value, name = 'path') {
  const path = toPathIfFileURL(value);
  validatePath(path, name);
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
}

function isFd(value) {
  return typeof value === 'number' && (value >>> 0) === value && value <= 0x7fffffff;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// ---- options, flags, modes ----

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Node's getOptions: a string is the encoding, an object the options, nothing the defaults.
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

const flagTable = new Map([
  ['r', O_RDONLY], ['rs', O_RDONLY | O_SYNC], ['sr', O_RDONLY | O_SYNC],
  ['r+', O_RDWR], ['rs+', O_RDWR | O_SYNC], ['sr+', O_RDWR | O_SYNC],
  ['w', O_TRUNC | O_CREAT | O_WRONLY], ['wx', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['xw', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['w+', O_TRUNC | O_CREAT | O_RDWR], ['wx+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['xw+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['a', O_APPEND | O_CREAT | O_WRONLY], ['ax', O_APPEND | O_CREAT | O_WRONLY | O_EXCL],
  ['xa', O_APPEND | O_CREAT | O_WRONLY | O_EXCL], ['as', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['sa', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['a+', O_APPEND | O_CREAT | O_RDWR], ['ax+', O_APPEND | O_CREAT | O_RDWR | O_EXCL],
  ['xa+', O_APPEND | O_CREAT | O_RDWR | O_EXCL], ['as+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
  ['sa+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
]);

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = flagTable.get(flags);
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

function parseOpenFlags(flags) {
  const value = stringToFlags(flags);
  validateInteger(value, 'flags', -2147483648, 2147483647);
  return value;
}

const octalPattern = /^[0-7]+$/;

function parseFileMode(value, name, defaultValue) {
  value ??= defaultValue;
  if (typeof value === 'string') {
    if (!octalPattern.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes, checked as Node 20's C++ layer checks them.
function checkSmallMode(mode, defaultValue, max) {
  if (mode == null) return defaultValue;
  if (typeof mode !== 'number' || !Number.isInteger(mode) || mode < -2147483648 || mode > 2147483647) {
    throw modeNotInt32();
  }
  if (mode < 0 || mode > max) throw modeOutOfRange(max);
  return mode;
}

// ---- offsets and positions ----

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A read/write position as the binding takes it: -1 for "the file's own position".
function validatePosition(position, name = 'position') {
  if (position == null) return -1;
  if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
    return position < 0n ? -1 : Number(position);
  }
  if (typeof position !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  validateInteger(position, name, -1);
  return position;
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The bytes of any ArrayBufferView, as a Uint8Array over the same memory.
function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// A Buffer holding what a binding returned as a Java ByteBuffer (copied into JS memory once).
function bufferFromHost(byteBuffer) {
  const bytes = new Uint8Array(byteBuffer);
  const buffer = Buffer.allocUnsafeSlow(bytes.length);
  buffer.set(bytes);
  return buffer;
}

// readFile results in UTF-8 are decoded by the binding, which hands over a string directly.
function isUtf8(encoding) {
  return typeof encoding === 'string' && (encoding === 'utf8' || /^utf-?8$/i.test(encoding));
}

// ---- Stats ----

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The binding's "dev,mode,...,birthtimeNsec" string as Stats (or BigIntStats with `bigint`).
function getStatsFromBinding(text, bigint = false) {
  const f = text.split(',');
  if (bigint) {
    const n = f.map((v) => BigInt(v));
    const ns = (i) => n[i] * 1000000000n + n[i + 1];
    return new BigIntStats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
      ns(10), ns(12), ns(14), ns(16));
  }
  const n = f.map(Number);
  const ms = (i) => n[i] * 1e3 + n[i + 1] / 1e6;
  return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
    ms(10), ms(12), ms(14), ms(16));
}

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A file name in the encoding the caller asked for ('buffer' gives a Buffer).
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

// The name an asynchronous mkdtemp reports when it fails: libuv fills in the template's six
// characters before the call, so Node's error shows the name it tried.
const tempChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function triedTempName(prefix) {
  let name = prefix;
  for (let i = 0; i < 6; i++) name += tempChars[Math.floor(Math.random() * tempChars.length)];
  return name;
}

// ---- rm options ----

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmOptionsShape(options) {
  if (options === undefined) return { ...defaultRmOptions };
  validateObject(options, 'options');
  options = { ...defaultRmOptions, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  validateBoolean(options.force, 'options.force');
  return options;
}

function isDataView(value) {
  return ArrayBuffer.isView(value) && !isTypedArray(value);
}

module.exports = {
  constants,
  uvException,
  kReadDenied,
  readAccessDenied,
  fsSystemError,
  notSupported,
  isErrno,
  toPathIfFileURL,
  validatePath,
  getValidatedPath,
  getValidatedFd,
  isFd,
  assertEncoding,
  getOptions,
  stringToFlags,
  parseOpenFlags,
  parseFileMode,
  checkSmallMode,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBuffer,
  validateFunction,
  viewBytes,
  bufferFromHost,
  isUtf8,
  Stats,
  BigIntStats,
  StatsBase,
  getStatsFromBinding,
  Dirent,
  encodeName,
  triedTempName,
  validateRmOptionsShape,
  isDataView,
};
