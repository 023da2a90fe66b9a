'use strict';
// fs.ReadStream and fs.WriteStream (fs.createReadStream/createWriteStream): a Readable or
// Writable over a file, opened in the stream's construct step (then 'open' and 'ready'), read or
// written at a position or from the file's own, and closed when the stream is destroyed
// (autoClose) before 'close'.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { validateInteger, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

const kReadHighWaterMark = 64 * 1024;
const kIsPerformingIO = Symbol('kIsPerformingIO');

function lazyFs() {
  return require('fs');
}

// Options may be an encoding name, as for the other fs functions.
function copyOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function validatePath(stream, path, options) {
  stream.fd = options.fd === undefined ? null : options.fd;
  if (stream.fd !== null) {
    validateInteger(stream.fd, 'fd', 0, 2147483647);
    stream.path = undefined;
  } else {
    if (typeof path !== 'string' && !Buffer.isBuffer(path) && !(path instanceof URL)) {
      throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
    }
    stream.path = path instanceof URL ? require('url').fileURLToPath(path) : path;
  }
}

// Where reading or writing starts (the file's own position when not given).
function validateStart(stream, options) {
  stream.start = options.start;
  stream.pos = undefined;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// Opens the file during the stream's construct step, so nothing is read or written before.
function construct(stream, callback) {
  if (stream.fd !== null) {
    callback();
    return;
  }
  lazyFs().open(stream.path, stream.flags, stream.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeAfterIO(stream, error, callback) {
  const close = () => {
    if (stream.fd === null || !stream.autoClose) {
      callback(error);
      return;
    }
    const fd = stream.fd;
    stream.fd = null;
    lazyFs().close(fd, (closeError) => callback(closeError || error));
  };
  // A read or write still under way finishes first.
  if (stream[kIsPerformingIO]) stream.once(kIsPerformingIO, close);
  else close();
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options, {});
  if (options.highWaterMark === undefined) options.highWaterMark = kReadHighWaterMark;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validatePath(this, path, options);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  validateStart(this, options);
  this.end = options.end;
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  Readable.call(this, options);
  this.autoClose = options.autoDestroy;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function _construct(callback) {
  construct(this, callback);
};

ReadStream.prototype._read = function _read(size) {
  const wanted = this.pos !== undefined ? Math.min(this.end - this.pos + 1, size) : Math.min(this.end - this.bytesRead + 1, size);
  if (wanted <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(wanted);
  this[kIsPerformingIO] = true;
  lazyFs().read(this.fd, buffer, 0, wanted, this.pos ?? null, (error, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, error);
      return;
    }
    if (error) {
      this.destroy(error);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function _destroy(error, callback) {
  closeAfterIO(this, error, callback);
};

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options, {});
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validatePath(this, path, options);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  validateStart(this, options);
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  Writable.call(this, options);
  this.autoClose = options.autoDestroy;
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function _construct(callback) {
  construct(this, callback);
};

WriteStream.prototype._write = function _write(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  lazyFs().write(this.fd, data, 0, data.length, this.pos ?? null, (error, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      callback(error);
      this.emit(kIsPerformingIO, error);
      return;
    }
    if (error) {
      callback(error);
      return;
    }
    this.bytesWritten += bytes;
    callback();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._destroy = function _destroy(error, callback) {
  closeAfterIO(this, error, callback);
};

WriteStream.prototype.close = function close(callback) {
  if (callback) {
    validateFunction(callback, 'callback');
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // An unended stream ends first, so that what was written reaches the file.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
