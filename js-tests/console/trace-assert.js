'use strict';
// console.trace and console.assert write to stderr: captured here through a Console.
const { EventEmitter } = require('events');

const written = [];
const stream = Object.assign(new EventEmitter(), { write(chunk) { written.push(chunk); return true; } });
const c = new console.Console(stream);

function traced() {
  c.trace('tmsg %d', 3, { x: 1 });
}
traced();
c.trace();
c.group('in group');
c.trace('indented');
c.groupEnd();
for (const text of written) {
  const lines = text.split('\n');
  // The header, the first frame without its location, and how the lines are indented.
  console.log(JSON.stringify(lines[0]), JSON.stringify(lines[1].replace(/ \(.*\)$/, '')),
    lines.slice(1, -1).every((line) => /^ *at /.test(line)));
}
written.length = 0;

c.assert(true, 'not printed');
c.assert(false);
c.assert(0, 'msg %s', 'sub');
c.assert(false, { a: 1 });
c.assert(false, 5, 6);
c.assert('', 'empty string is falsy');
c.assert();
console.log(JSON.stringify(written));

console.log(typeof console.trace, console.trace.name, console.assert.name);
