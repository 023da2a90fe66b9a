// The system errors of fs for the common failures, in the sync, callback and promise forms:
// name, code, errno, syscall, message, path and dest as Node reports them.
'use strict';

const fs = require('fs');
const { scratch } = require('./fixtures/scratch');

const { at, attempt, describe } = scratch('errors');
fs.writeFileSync(at('file'), 'content');
fs.mkdirSync(at('dir'));
fs.writeFileSync(at('dir', 'inside'), '');
fs.mkdirSync(at('empty'));

const cases = [
  ['readFile missing', 'readFile', [at('missing')]],
  ['readFile folder', 'readFile', [at('dir')]],
  ['readFile under a file', 'readFile', [at('file', 'x')]],
  ['readFile trailing slash on a file', 'readFile', [at('file') + '/']],
  ['writeFile folder', 'writeFile', [at('dir'), 'x']],
  ['writeFile missing parent', 'writeFile', [at('nope', 'x'), 'x']],
  ['writeFile wx existing', 'writeFile', [at('file'), 'x', { flag: 'wx' }]],
  ['appendFile folder', 'appendFile', [at('dir'), 'x']],
  ['mkdir existing', 'mkdir', [at('dir')]],
  ['mkdir existing file recursive', 'mkdir', [at('file'), { recursive: true }]],
  ['mkdir under a file recursive', 'mkdir', [at('file', 'a', 'b'), { recursive: true }]],
  ['mkdir missing parent', 'mkdir', [at('nope', 'x')]],
  ['rmdir not empty', 'rmdir', [at('dir')]],
  ['rmdir file', 'rmdir', [at('file')]],
  ['rmdir missing', 'rmdir', [at('missing')]],
  ['unlink folder', 'unlink', [at('dir')]],
  ['unlink missing', 'unlink', [at('missing')]],
  ['rm folder without recursive', 'rm', [at('dir')]],
  ['rm missing', 'rm', [at('missing')]],
  ['rm under a file with force', 'rm', [at('file', 'x'), { force: true }]],
  ['readdir file', 'readdir', [at('file')]],
  ['readdir missing', 'readdir', [at('missing')]],
  ['rename missing', 'rename', [at('missing'), at('other')]],
  ['rename file onto folder', 'rename', [at('file'), at('dir')]],
  ['rename folder onto file', 'rename', [at('empty'), at('file')]],
  ['rename folder onto non-empty folder', 'rename', [at('empty'), at('dir')]],
  ['copyFile missing', 'copyFile', [at('missing'), at('copy')]],
  ['copyFile exclusive onto existing', 'copyFile', [at('file'), at('file'), fs.constants.COPYFILE_EXCL]],
  ['copyFile folder', 'copyFile', [at('dir'), at('copy')]],
  ['copyFile onto folder', 'copyFile', [at('file'), at('dir')]],
  ['stat missing', 'stat', [at('missing')]],
  ['stat under a file', 'stat', [at('file', 'x')]],
  ['lstat missing', 'lstat', [at('missing')]],
  ['access missing', 'access', [at('missing')]],
  ['access execute on a plain file', 'access', [at('file'), fs.constants.X_OK]],
  ['open missing', 'open', [at('missing'), 'r']],
  ['open exclusive existing', 'open', [at('file'), 'wx']],
  ['open folder for writing', 'open', [at('dir'), 'w']],
  ['mkdtemp missing parent', 'mkdtemp', [at('nope', 'tmp-')]],
  ['readlink not a link', 'readlink', [at('file')]],
  ['symlink existing', 'symlink', ['target', at('file')]],
  ['link missing', 'link', [at('missing'), at('hard')]],
  ['chmod missing', 'chmod', [at('missing'), 0o644]],
  ['truncate missing', 'truncate', [at('missing')]],
  ['realpath missing', 'realpath', [at('missing', 'deeper')]],
  ['readFile empty path', 'readFile', ['']],
  ['stat empty path', 'stat', ['']],
];

const syncName = (name) => `${name}Sync`;

for (const [label, name, args] of cases) {
  attempt(`sync ${label}:`, () => fs[syncName(name)](...args));
}
attempt('sync realpath.native missing:', () => fs.realpathSync.native(at('missing')));
attempt('sync close bad fd:', () => fs.closeSync(987654));
attempt('sync fstat bad fd:', () => fs.fstatSync(987654));
attempt('sync read bad fd:', () => fs.readSync(987654, Buffer.alloc(2)));
attempt('sync write bad fd:', () => fs.writeSync(987654, 'x'));
attempt('sync ftruncate bad fd:', () => fs.ftruncateSync(987654));
attempt('sync fsync bad fd:', () => fs.fsyncSync(987654));

async function main() {
  for (const [label, name, args] of cases) {
    await new Promise((resolve) => {
      fs[name](...args, (error) => {
        console.log(`callback ${label}:`, error ? describe(error) : 'ok');
        resolve();
      });
    });
  }
  for (const [label, name, args] of cases) {
    if (name === 'realpath') continue; // fs.promises.realpath is realpath(3), below
    try {
      const result = await fs.promises[name](...args);
      console.log(`promise ${label}:`, result && typeof result === 'object' ? 'handle' : result);
      if (result && typeof result.close === 'function') await result.close();
    } catch (error) {
      console.log(`promise ${label}:`, describe(error));
    }
  }
  try {
    await fs.promises.realpath(at('missing'));
  } catch (error) {
    console.log('promise realpath missing:', describe(error));
  }
  await new Promise((resolve) => fs.realpath.native(at('missing'), (error) => {
    console.log('callback realpath.native missing:', describe(error));
    resolve();
  }));
  await new Promise((resolve) => fs.close(987654, (error) => {
    console.log('callback close bad fd:', describe(error));
    resolve();
  }));
  const info = (() => {
    try { fs.rmSync(at('dir')); } catch (error) { return error; }
  })();
  console.log('rm SystemError info:', JSON.stringify({ ...info.info, path: '<dir>' }), info.toString().split(at('')).join('<tmp>/'));
  console.log('remaining:', fs.readdirSync(at('')));
}

main();
