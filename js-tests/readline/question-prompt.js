'use strict';
// rl.question() and rl.prompt() with an output stream: the prompt is written, the answer goes to
// the callback (not to 'line'), the prompt comes back afterwards; util.promisify(rl.question);
// rl.write() feeding input; pause()/resume().
const readline = require('readline');
const util = require('util');
const { PassThrough, Writable } = require('stream');

const written = [];
const output = new Writable({ write(chunk, encoding, callback) { written.push(String(chunk)); callback(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: 'app> ' });
rl.on('line', (line) => console.log('line event', JSON.stringify(line)));

rl.question('Your name? ', (answer) => {
  console.log('answer', JSON.stringify(answer), 'prompt now', JSON.stringify(rl.getPrompt()));
  rl.prompt();
  input.write('free line\n');
  util.promisify(rl.question).call(rl, 'Age? ').then((age) => {
    console.log('promisified answer', age);
    rl.pause();
    console.log('paused', rl.paused, input.isPaused());
    rl.write('written by rl.write\n');
    console.log('resumed by write', rl.paused);
    setImmediate(() => {
      console.log('output got', written);
      try {
        rl.question(42, () => {});
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
      rl.close();
      try {
        rl.question('late?', () => {});
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    });
  });
  input.write('42\n');
});
input.write('Ada\n');
