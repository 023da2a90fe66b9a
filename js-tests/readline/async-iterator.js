'use strict';
// for await (const line of rl) over a stream (and a file read through fs.readFile-fed stream):
// lines arriving before and during the loop, the loop ending with 'close', and break.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

(async () => {
  const rl = readline.createInterface({ input: Readable.from(['alpha\nbe', 'ta\ngamma\n', 'delta']) });
  const seen = [];
  for await (const line of rl) seen.push(line);
  console.log('all lines', seen, 'closed', rl.closed);

  const input = new PassThrough();
  const rl2 = readline.createInterface({ input });
  rl2.on('close', () => console.log('rl2 closed'));
  setTimeout(() => input.write('x\ny\nz\n'), 1);
  for await (const line of rl2) {
    console.log('got', line);
    if (line === 'y') break;
  }
  console.log('after break: closed', rl2.closed, 'line listeners', rl2.listenerCount('line'));
  rl2.close();

  const many = Array.from({ length: 3000 }, (_, i) => `row ${i}`).join('\n');
  const rl3 = readline.createInterface({ input: Readable.from([many]) });
  let count = 0;
  let last;
  for await (const line of rl3) {
    count++;
    last = line;
  }
  console.log('many lines', count, last);
})();
