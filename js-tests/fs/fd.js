// Descriptors: open with flags and modes, read/write (positional and sequential, strings and
// buffers, every argument form), append mode, fstat, ftruncate, fsync, close, writes to fd 1, and
// the promise API's FileHandle.
'use strict';

const fs = require('fs');
const { scratch } = require('./fixtures/scratch');

const { at, attempt } = scratch('fd');
const file = at('data');
fs.writeFileSync(file, 'hello world');

const fd = fs.openSync(file, 'r+');
console.log('fd is a number', typeof fd, Number.isInteger(fd), fd > 2);
const buffer = Buffer.alloc(8);
console.log('readSync', fs.readSync(fd, buffer, 0, 5, 0), buffer);
console.log('readSync at offset', fs.readSync(fd, buffer, 5, 3, 6), buffer.toString());
console.log('readSync sequential', fs.readSync(fd, buffer), buffer.toString());
console.log('readSync sequential again', fs.readSync(fd, buffer, { offset: 0, length: 4 }), buffer.toString());
console.log('readSync at the end', fs.readSync(fd, buffer));
console.log('readSync options with position', fs.readSync(fd, buffer, { position: 6 }), buffer.toString());
console.log('readSync bigint position', fs.readSync(fd, buffer, 0, 2, 1n), buffer.toString());
console.log('readSync length 0', fs.readSync(fd, buffer, 0, 0, 0));
console.log('readSync into Uint16Array', fs.readSync(fd, new Uint16Array(2), 0, 4, 0));
console.log('writeSync string at position', fs.writeSync(fd, 'J', 0), fs.readFileSync(file, 'utf8'));
console.log('writeSync buffer slice at position', fs.writeSync(fd, Buffer.from('XYZW'), 1, 2, 6), fs.readFileSync(file, 'utf8'));
console.log('writeSync string with encoding', fs.writeSync(fd, '2121', 9, 'hex'), fs.readFileSync(file));
console.log('writeSync options object', fs.writeSync(fd, Buffer.from('abc'), { offset: 1, length: 1, position: 0 }), fs.readFileSync(file, 'utf8'));
console.log('writeSync sequential', fs.writeSync(fd, '++'), fs.writeSync(fd, Buffer.from('--')), fs.readFileSync(file, 'utf8'));
console.log('fstat size', fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 3);
console.log('ftruncate', fs.readFileSync(file, 'utf8'));
fs.ftruncateSync(fd);
console.log('ftruncate to 0', fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
attempt('read after close', () => fs.readSync(fd, buffer));
attempt('close twice', () => fs.closeSync(fd));

const appendFd = fs.openSync(file, 'a');
fs.writeSync(appendFd, 'one');
fs.writeSync(appendFd, 'two', 0);
fs.closeSync(appendFd);
console.log('append mode ignores positions', fs.readFileSync(file, 'utf8'));
const appendReadFd = fs.openSync(file, 'a+');
fs.writeSync(appendReadFd, '!');
const readBack = Buffer.alloc(16);
console.log('a+ reads from the start', fs.readSync(appendReadFd, readBack, 0, 16, 0), readBack.toString('utf8', 0, 7));
fs.closeSync(appendReadFd);
const wxFd = fs.openSync(at('created'), 'wx', 0o600);
console.log('wx with mode', (fs.fstatSync(wxFd).mode & 0o777).toString(8), fs.fstatSync(wxFd).size);
fs.closeSync(wxFd);
attempt('wx again', () => fs.openSync(at('created'), 'wx'));
const numericFd = fs.openSync(at('numeric'), fs.constants.O_CREAT | fs.constants.O_WRONLY | fs.constants.O_TRUNC);
fs.writeSync(numericFd, 'numeric flags');
fs.closeSync(numericFd);
console.log('numeric flags', fs.readFileSync(at('numeric'), 'utf8'));
attempt('write to a read-only fd', () => {
  const readOnly = fs.openSync(at('numeric'), 'r');
  try {
    return fs.writeSync(readOnly, 'x');
  } finally {
    fs.closeSync(readOnly);
  }
});
attempt('O_DIRECTORY on a file', () => fs.openSync(at('numeric'), fs.constants.O_RDONLY | fs.constants.O_DIRECTORY));
const dirFd = fs.openSync(at(''), 'r');
console.log('folder fd', fs.fstatSync(dirFd).isDirectory());
attempt('read from a folder fd', () => fs.readSync(dirFd, buffer));
fs.closeSync(dirFd);
console.log('fd 1 accepts writes:', fs.writeSync(1, 'written to fd 1\n'));
console.log('fstat of fd 1 works:', typeof fs.fstatSync(1).isFile());

function callbacks(done) {
  fs.open(file, 'w+', (error, handle) => {
    console.log('cb open', error, typeof handle);
    fs.write(handle, 'abc', (e1, written, text) => {
      console.log('cb write string', e1, written, text);
      fs.write(handle, Buffer.from('def'), (e2, written2, buf) => {
        console.log('cb write buffer', e2, written2, buf);
        fs.write(handle, 'ghi', 1, 'utf8', (e3, written3, text3) => {
          console.log('cb write at position', e3, written3, text3);
          fs.write(handle, Buffer.from('XY'), 0, 1, 0, (e4, written4) => {
            console.log('cb write buffer slice', e4, written4, fs.readFileSync(file, 'utf8'));
            fs.read(handle, Buffer.alloc(4), 0, 4, 0, (e5, read, into) => {
              console.log('cb read', e5, read, into.toString());
              fs.read(handle, { buffer: Buffer.alloc(3), position: 3 }, (e6, read6, into6) => {
                console.log('cb read options', e6, read6, into6.toString());
                fs.read(handle, (e7, read7, into7) => {
                  console.log('cb read default buffer', e7, read7, into7.length);
                  fs.read(handle, Buffer.alloc(2), { position: 1 }, (e8, read8, into8) => {
                    console.log('cb read buffer + options', e8, read8, into8.toString());
                    fs.fstat(handle, (e9, stats) => {
                      console.log('cb fstat', e9, stats.size);
                      fs.ftruncate(handle, 1, (e10) => {
                        fs.fsync(handle, (e11) => {
                          fs.close(handle, (e12) => {
                            console.log('cb ftruncate/fsync/close', e10, e11, e12, fs.readFileSync(file, 'utf8'));
                            fs.close(handle, (e13) => {
                              console.log('cb close twice', e13.code, e13.syscall);
                              done();
                            });
                          });
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

async function fileHandles() {
  const p = fs.promises;
  await p.writeFile(file, 'hello world');
  const handle = await p.open(file, 'r+');
  console.log('FileHandle', handle.constructor.name, typeof handle.fd, handle.fd > 2);
  const b = Buffer.alloc(5);
  console.log(await handle.read(b, 0, 5, 0));
  console.log(await handle.read({ buffer: Buffer.alloc(3), position: 6 }));
  console.log((await handle.read()).bytesRead);
  console.log(await handle.read(Buffer.alloc(2), { position: 4 }));
  console.log(await handle.write('XY', 0));
  console.log(await handle.write(Buffer.from('ZZ'), 0, 2, 4));
  console.log(await handle.write(Buffer.from('abc'), { offset: 1, length: 2, position: 8 }));
  console.log(JSON.stringify(await handle.readFile('utf8')));
  console.log((await handle.stat()).size, (await handle.stat({ bigint: true })).size);
  await handle.truncate(5);
  await handle.sync();
  await handle.datasync();
  await handle.writeFile('rewritten');
  await handle.appendFile('+');
  await handle.close();
  console.log('after close', handle.fd, await p.readFile(file, 'utf8'));
  try {
    await handle.read(b, 0, 1, 0);
  } catch (error) {
    console.log('closed handle', error.name, error.code, error.message, error.syscall, error.errno);
  }
  console.log('close again', await handle.close());
  const reader = await p.open(file);
  console.log('readFile of a FileHandle', await p.readFile(reader, 'utf8'));
  await p.writeFile(reader, 'x').catch((error) => console.log('writeFile to a read-only handle', error.code, error.syscall));
  await reader.close();
  try {
    await p.open(at('missing'));
  } catch (error) {
    console.log('open missing', error.code, error.syscall);
  }
}

callbacks(() => fileHandles().then(() => console.log('done')));
