'use strict';
// readline/promises: question() returning a promise, AbortSignal cancelling a question, the
// error after close, and Readline queueing cursor moves until commit().
const readlinePromises = require('readline/promises');
const readline = require('node:readline');
const { PassThrough, Writable } = require('stream');

console.log('same module', readline.promises === readlinePromises);
const written = [];
const output = new Writable({ write(chunk, encoding, callback) { written.push(String(chunk)); callback(); } });

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output });
  console.log('instance of base Interface', rl instanceof readline.Interface);
  setImmediate(() => input.write('blue\n'));
  console.log('answer', await rl.question('Color? '));

  const controller = new AbortController();
  const pending = rl.question('Never answered? ', { signal: controller.signal });
  controller.abort();
  try {
    await pending;
  } catch (err) {
    console.log('aborted:', err.name, err.code, err.message);
  }
  rl.close();
  try {
    await rl.question('After close? ');
  } catch (err) {
    console.log('after close:', err.name, err.code, err.message);
  }

  const cursor = new readlinePromises.Readline(output);
  cursor.cursorTo(0).moveCursor(2, -1).clearLine(0).clearScreenDown();
  const before = written.length;
  await cursor.commit();
  console.log('committed', JSON.stringify(written.slice(before)));
  console.log('output', JSON.stringify(written.slice(0, before)));
})();
