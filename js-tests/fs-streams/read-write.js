'use strict';
// fs.createWriteStream and fs.createReadStream: 'open'/'ready'/'finish'/'close' order, bytes
// counted, start/end ranges, an encoding, a missing file's error, and readline over a file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datagraal-fs-streams-'));
const file = path.join(dir, 'lines.txt');

function events(stream, names, label) {
  for (const name of names) stream.on(name, (arg) => console.log(label, name, typeof arg === 'number' ? 'fd' : arg === undefined ? '' : arg));
}

(async () => {
  const out = fs.createWriteStream(file);
  events(out, ['open', 'ready', 'finish', 'close'], 'write');
  console.log('pending before open', out.pending, 'path is given one', out.path === file);
  out.write('first line\n');
  out.write(Buffer.from('second line\n'));
  out.end('third line\n');
  await new Promise((resolve) => out.on('close', resolve));
  console.log('bytesWritten', out.bytesWritten, 'file', JSON.stringify(fs.readFileSync(file, 'utf8')));

  const whole = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 8 });
  events(whole, ['open', 'ready', 'end', 'close'], 'read');
  const chunks = [];
  for await (const chunk of whole) chunks.push(chunk);
  console.log('chunks', chunks.length, 'text', JSON.stringify(chunks.join('')), 'bytesRead', whole.bytesRead);

  const part = fs.createReadStream(file, { start: 6, end: 9 });
  const bytes = [];
  part.on('data', (chunk) => bytes.push(chunk));
  await new Promise((resolve) => part.on('close', resolve));
  console.log('range 6..9', JSON.stringify(Buffer.concat(bytes).toString()));

  const missing = fs.createReadStream(path.join(dir, 'nope.txt'));
  missing.on('error', (error) => console.log('missing:', error.code, error.syscall, error.message.replace(dir, '<dir>')));
  await new Promise((resolve) => missing.on('close', resolve));
  console.log('missing closed, destroyed', missing.destroyed);

  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log('readline over a file', lines);

  const appended = fs.createWriteStream(file, { flags: 'a' });
  appended.end('fourth line\n');
  await new Promise((resolve) => appended.on('finish', resolve));
  console.log('after append', fs.readFileSync(file, 'utf8').split('\n').length - 1, 'lines');

  for (const bad of [() => fs.createReadStream(file, { start: 5, end: 2 }), () => fs.createReadStream(42), () => fs.createReadStream(file, { start: -1 })]) {
    try {
      bad();
    } catch (error) {
      console.log(error.name, error.code, error.message.replace(file, '<file>'));
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
