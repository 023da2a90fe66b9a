'use strict';
// Node's `tty`: isatty() for the standard streams. process.stdin/stdout/stderr on a terminal
// already carry what tty.ReadStream and tty.WriteStream add (isTTY, columns, rows, colors); the
// classes themselves need sockets on descriptors, which datagraal does not make.

const stdio = internalBinding('stdio');

function isatty(fd) {
  // Descriptors above 2 are datagraal's own numbering of open files, never terminals.
  return Number.isInteger(fd) && fd >= 0 && fd <= 2 && stdio.isatty(fd);
}

function notSupported(name) {
  return class {
    constructor() {
      const error = new Error(`tty.${name} is not supported by datagraal; use process.stdin/stdout/stderr`);
      error.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
      throw error;
    }
  };
}

module.exports = { isatty, ReadStream: notSupported('ReadStream'), WriteStream: notSupported('WriteStream') };
