'use strict';
// console.group / groupCollapsed / groupEnd: every line of every method is indented.
const { EventEmitter } = require('events');

console.group('Group A', 'more', { a: 1 });
console.log('line1\nline2');
console.group();
console.info({ a: [1, 2, { b: 3 }], s: 'x'.repeat(100) });
console.groupCollapsed('collapsed');
console.dir({ d: 1 });
console.count('c');
console.groupEnd();
console.groupEnd();
console.log('back to one level');
console.groupEnd();
console.groupEnd();
console.log('top');

const written = [];
const stream = Object.assign(new EventEmitter(), { write(chunk) { written.push(chunk); return true; } });
const custom = new console.Console({ stdout: stream, groupIndentation: 4 });
custom.group('four');
custom.warn('warned\nacross lines');
custom.group('eight');
custom.error(new Error('boom').message);
custom.groupEnd();
custom.groupEnd();
custom.log('none');
console.log(JSON.stringify(written));
