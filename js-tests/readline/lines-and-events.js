'use strict';
// readline over a stream: lines split at \n, \r\n and \r (also across chunks), a last line without
// an end, multi-byte characters split between chunks, then 'pause' and 'close' when input ends.
// (A \r and a \n in two chunks are one line end only within crlfDelay ms: a long one here, so
// that a slow machine cannot split it.)
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: 60000 });
console.log('terminal', rl.terminal, 'crlfDelay', rl.crlfDelay, 'historySize', rl.historySize, 'prompt', JSON.stringify(rl.getPrompt()),
  'line', JSON.stringify(rl.line), 'closed', rl.closed);
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
for (const event of ['pause', 'resume', 'close']) rl.on(event, () => console.log('event', event, 'closed', rl.closed));

input.write('one\ntwo\r\nthree\rfour');
input.write(' continued\r');
input.write('\nfive\n\n');
const euro = Buffer.from('price: 5€\n');
input.write(euro.subarray(0, 9));
input.write(euro.subarray(9));
input.end('last without newline');
rl.on('close', () => {
  console.log('input paused after close', input.isPaused());
  const rl2 = readline.createInterface({ input: new PassThrough(), crlfDelay: 50, prompt: '$ ' });
  console.log('crlfDelay at least 100:', rl2.crlfDelay, 'prompt', rl2.getPrompt());
  rl2.close();
  rl2.close();
  console.log('closed twice is fine', rl2.closed);
});
