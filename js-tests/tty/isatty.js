'use strict';
// tty.isatty() when nothing is a terminal (the goldens are recorded with files and pipes), for
// odd arguments too; the tty.WriteStream check that packages such as debug make.
const tty = require('tty');
console.log([0, 1, 2, 3, -1, 1.5, '1', null, undefined, 2 ** 31].map((fd) => tty.isatty(fd)));
console.log('stdout isTTY', process.stdout.isTTY, 'stderr isTTY', process.stderr.isTTY, 'stdin isTTY', process.stdin.isTTY);
console.log('typeof classes', typeof tty.ReadStream, typeof tty.WriteStream, process.stdout instanceof tty.WriteStream);
