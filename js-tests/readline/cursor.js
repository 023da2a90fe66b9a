'use strict';
// readline's cursor helpers: the escape sequences they write, their callbacks, and bad input.
const readline = require('readline');
const { Writable } = require('stream');

const written = [];
const out = new Writable({ write(chunk, encoding, callback) { written.push(JSON.stringify(String(chunk))); callback(); } });

console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4), readline.moveCursor(out, -2, 5), readline.moveCursor(out, 1, -1),
  readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0), readline.clearScreenDown(out));
console.log('nothing to move', readline.moveCursor(out, 0, 0), readline.cursorTo(null, 1), readline.clearLine(undefined, 0));
readline.cursorTo(out, 1, () => console.log('cursorTo callback'));
readline.moveCursor(null, 1, 1, (err) => console.log('moveCursor callback without stream', err));
for (const bad of [() => readline.cursorTo(out, undefined, 2), () => readline.cursorTo(out, NaN), () => readline.clearLine(out, 0, 'cb')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
setImmediate(() => console.log(written.join(' ')));
