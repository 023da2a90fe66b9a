'use strict';
// An interactive script fed from a file on standard input: the whole file arrives at once, so
// only the first question gets its answer; the other lines become 'line' events before the second
// question is asked, and that question stays unanswered when the input ends (no rejection).
const readline = require('readline/promises');

(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.on('close', () => console.log('[close]'));
  rl.on('line', (line) => console.log('[line]', line));
  const name = await rl.question('Name: ');
  console.log(`hello ${name}, closed: ${rl.closed}`);
  rl.question('How many lines? ').then((v) => console.log('answered', v), (e) => console.log('rejected', e.code));
  process.on('exit', (code) => console.log('exit', code));
})();
