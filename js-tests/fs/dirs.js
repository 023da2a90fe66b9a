// Folders and names: readdir (sorted by bytes, withFileTypes, recursive, encodings), mkdir with
// recursive (returning the first folder made), mkdtemp, rm/rmdir, unlink, rename, copyFile,
// exists/existsSync, access, realpath, symlink/readlink/link, chmod, truncate.
'use strict';

const fs = require('fs');
const path = require('path');
const { scratch } = require('./fixtures/scratch');

const { at, attempt, clean, describe } = scratch('dirs');
for (const name of ['b', 'a', 'C', '_', '\u00e9', 'Z1', '10', '9', '.hidden']) fs.writeFileSync(at(name), name);
fs.mkdirSync(at('sub'));
fs.writeFileSync(at('sub', 'x'), '');
fs.mkdirSync(at('sub', 'deep'));
fs.writeFileSync(at('sub', 'deep', 'y'), '');
fs.symlinkSync('b', at('lnk'));

console.log(fs.readdirSync(at('')));
console.log(fs.readdirSync(at(''), { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(),
  d.isSymbolicLink(), clean(d.path), clean(d.parentPath)]));
const dirent = fs.readdirSync(at('sub'), { withFileTypes: true })[0];
console.log(dirent instanceof fs.Dirent, Object.keys(dirent), Object.getOwnPropertyNames(fs.Dirent.prototype));
console.log(fs.readdirSync(at(''), { recursive: true }));
console.log(fs.readdirSync(at(''), { recursive: true, withFileTypes: true }).map((d) => `${clean(d.parentPath)}|${d.name}`));
console.log(fs.readdirSync(at('sub'), 'buffer'), fs.readdirSync(at('sub'), { encoding: 'hex' }));

console.log('mkdir', fs.mkdirSync(at('m1')), fs.existsSync(at('m1')));
console.log('mkdir recursive', clean(fs.mkdirSync(at('m2', 'a', 'b'), { recursive: true })));
console.log('mkdir recursive existing', fs.mkdirSync(at('m2', 'a'), { recursive: true }));
console.log('mkdir recursive trailing slash', clean(fs.mkdirSync(at('m3', 'x') + '/', { recursive: true })));
console.log('mkdir recursive with dots', clean(fs.mkdirSync(at('m4', '..', 'm4b', 'c'), { recursive: true })));
console.log('mkdir recursive dotdot inside', clean(fs.mkdirSync(`${at('m5')}/q/../r`, { recursive: true })));
console.log('mkdir mode', fs.mkdirSync(at('m6'), 0o700), (fs.statSync(at('m6')).mode & 0o777).toString(8));
console.log('mkdir mode string', fs.mkdirSync(at('m7'), { mode: '750' }), (fs.statSync(at('m7')).mode & 0o777).toString(8));
const temp = fs.mkdtempSync(at('tmp-'));
console.log('mkdtemp', /tmp-[A-Za-z0-9]{6}$/.test(temp), path.dirname(temp) === at(''), (fs.statSync(temp).mode & 0o777).toString(8));
console.log('mkdtemp buffer', Buffer.isBuffer(fs.mkdtempSync(at('tmp-'), 'buffer')));

fs.renameSync(at('a'), at('a2'));
console.log('rename', fs.existsSync(at('a')), fs.readFileSync(at('a2'), 'utf8'));
fs.writeFileSync(at('target'), 'old');
fs.renameSync(at('a2'), at('target'));
console.log('rename replaces a file', fs.readFileSync(at('target'), 'utf8'));
fs.renameSync(at('m1'), at('m1-renamed'));
console.log('rename folder', fs.statSync(at('m1-renamed')).isDirectory());

fs.writeFileSync(at('src'), 'copy me');
fs.chmodSync(at('src'), 0o640);
fs.copyFileSync(at('src'), at('dst'));
console.log('copyFile', fs.readFileSync(at('dst'), 'utf8'), (fs.statSync(at('dst')).mode & 0o777).toString(8));
fs.writeFileSync(at('dst'), 'a much longer previous content');
fs.copyFileSync(at('src'), at('dst'));
console.log('copyFile over a longer file', fs.readFileSync(at('dst'), 'utf8'));
fs.copyFileSync(at('src'), at('src'));
console.log('copyFile onto itself keeps the content', fs.readFileSync(at('src'), 'utf8'));
fs.copyFileSync(at('src'), at('dst-ficlone'), fs.constants.COPYFILE_FICLONE);
console.log('copyFile FICLONE falls back to a copy', fs.readFileSync(at('dst-ficlone'), 'utf8'));
attempt('copyFile EXCL', () => fs.copyFileSync(at('src'), at('dst'), fs.constants.COPYFILE_EXCL));

console.log('existsSync', fs.existsSync(at('src')), fs.existsSync(at('nope')), fs.existsSync(at('sub')), fs.existsSync(),
  fs.existsSync(null), fs.existsSync(at('lnk')));
console.log('access', fs.accessSync(at('src')), fs.accessSync(at('src'), fs.constants.R_OK | fs.constants.W_OK),
  fs.accessSync(at('sub'), fs.constants.X_OK));
fs.chmodSync(at('src'), 0o755);
console.log('chmod then X_OK', fs.accessSync(at('src'), fs.constants.X_OK), (fs.statSync(at('src')).mode & 0o777).toString(8));
fs.chmodSync(at('src'), '644');

console.log('realpath', clean(fs.realpathSync(at('lnk'))), clean(fs.realpathSync(`${at('sub')}/deep/../x`)),
  clean(fs.realpathSync.native(at('lnk'))), Buffer.isBuffer(fs.realpathSync(at('lnk'), 'buffer')));
console.log('realpath of cwd', fs.realpathSync('.') === process.cwd(), fs.realpathSync('') === process.cwd());
fs.symlinkSync(at('sub'), at('abs-link'));
console.log('realpath through an absolute link', clean(fs.realpathSync(`${at('abs-link')}/deep/y`)));
fs.symlinkSync('loop2', at('loop1'));
fs.symlinkSync('loop1', at('loop2'));
attempt('realpath of a loop', () => fs.realpathSync(at('loop1')));
attempt('realpath.native of a loop', () => fs.realpathSync.native(at('loop1')));
attempt('stat of a loop', () => fs.statSync(at('loop1')));
console.log('readlink', fs.readlinkSync(at('lnk')), clean(fs.readlinkSync(at('abs-link'))), fs.readlinkSync(at('lnk'), 'buffer'));
fs.linkSync(at('src'), at('hard'));
console.log('link', fs.statSync(at('src')).nlink, fs.statSync(at('hard')).ino === fs.statSync(at('src')).ino);

fs.writeFileSync(at('trunc'), '0123456789');
fs.truncateSync(at('trunc'), 4);
console.log('truncate', fs.readFileSync(at('trunc'), 'utf8'));
fs.truncateSync(at('trunc'), 6);
console.log('truncate extends with zeros', fs.readFileSync(at('trunc')));
fs.truncateSync(at('trunc'));
console.log('truncate to 0', fs.statSync(at('trunc')).size);

fs.unlinkSync(at('lnk'));
console.log('unlink a link keeps its target', fs.existsSync(at('lnk')), fs.existsSync(at('b')));
fs.rmdirSync(at('m1-renamed'));
fs.rmSync(at('b'));
fs.rmSync(at('nope'), { force: true });
fs.rmSync(at('m2'), { recursive: true });
fs.rmSync(at('abs-link'));
console.log('rm', fs.existsSync(at('m1-renamed')), fs.existsSync(at('b')), fs.existsSync(at('m2')), fs.existsSync(at('sub', 'deep', 'y')));
fs.rmSync(at('sub'), { recursive: true, force: true });
console.log('rm recursive', fs.existsSync(at('sub')));

async function callbacks() {
  const step = (fn) => new Promise((resolve) => fn((...args) => resolve(args)));
  const [e1, names] = await step((cb) => fs.readdir(at(''), cb));
  console.log('cb readdir', e1, names.length, names.slice(0, 4));
  const [e2, typed] = await step((cb) => fs.readdir(at(''), { withFileTypes: true }, cb));
  console.log('cb readdir types', e2, typed.filter((x) => x.isDirectory() && !x.name.startsWith('tmp-')).map((x) => x.name));
  console.log('cb mkdir recursive', (await step((cb) => fs.mkdir(at('cb', 'a', 'b'), { recursive: true }, cb))).map(clean));
  console.log('cb mkdir', await step((cb) => fs.mkdir(at('cb2'), cb)));
  const [, made] = await step((cb) => fs.mkdtemp(at('tmp-'), cb));
  console.log('cb mkdtemp', /tmp-[A-Za-z0-9]{6}$/.test(made));
  console.log('cb readdir recursive', (await step((cb) => fs.readdir(at('cb'), { recursive: true }, cb)))[1]);
  console.log('cb rename', await step((cb) => fs.rename(at('cb2'), at('cb3'), cb)));
  console.log('cb copyFile', await step((cb) => fs.copyFile(at('src'), at('cb-copy'), cb)), fs.readFileSync(at('cb-copy'), 'utf8'));
  console.log('cb exists', await step((cb) => fs.exists(at('cb3'), cb)), await step((cb) => fs.exists(at('zz'), cb)));
  console.log('cb access', await step((cb) => fs.access(at('cb3'), cb)), await step((cb) => fs.access(at('cb3'), fs.constants.W_OK, cb)));
  const [accessError] = await step((cb) => fs.access(at('zz'), cb));
  console.log('cb access missing', describe(accessError));
  const [, real] = await step((cb) => fs.realpath(at('hard'), cb));
  const [, realNative] = await step((cb) => fs.realpath.native(at('hard'), cb));
  console.log('cb realpath', clean(real), clean(realNative));
  console.log('cb symlink/readlink', await step((cb) => fs.symlink('src', at('cb-link'), cb)),
    await step((cb) => fs.readlink(at('cb-link'), cb)));
  console.log('cb link', await step((cb) => fs.link(at('src'), at('cb-hard'), cb)));
  console.log('cb chmod', await step((cb) => fs.chmod(at('cb-hard'), 0o600, cb)), (fs.statSync(at('src')).mode & 0o777).toString(8));
  console.log('cb truncate', await step((cb) => fs.truncate(at('cb-copy'), 2, cb)), fs.readFileSync(at('cb-copy'), 'utf8'));
  console.log('cb unlink', await step((cb) => fs.unlink(at('cb-link'), cb)));
  console.log('cb rmdir', await step((cb) => fs.rmdir(at('cb3'), cb)));
  console.log('cb rm recursive', await step((cb) => fs.rm(at('cb'), { recursive: true }, cb)), fs.existsSync(at('cb')));
  console.log('cb rm force', await step((cb) => fs.rm(at('zz'), { force: true }, cb)));
}

async function promises() {
  const p = fs.promises;
  console.log('promise mkdir', clean(await p.mkdir(at('p', 'q', 'r'), { recursive: true })), await p.mkdir(at('p2')));
  console.log('promise readdir', await p.readdir(at('p')), (await p.readdir(at('p'), { withFileTypes: true }))[0].name,
    await p.readdir(at('p'), { recursive: true }));
  console.log('promise mkdtemp', /tmp-[A-Za-z0-9]{6}$/.test(await p.mkdtemp(at('tmp-'))));
  console.log('promise rename', await p.rename(at('p2'), at('p3')), fs.existsSync(at('p3')));
  console.log('promise copyFile', await p.copyFile(at('src'), at('p-copy')), await p.readFile(at('p-copy'), 'utf8'));
  console.log('promise access', await p.access(at('p-copy'), fs.constants.R_OK));
  console.log('promise realpath', clean(await p.realpath(at('hard'))));
  console.log('promise symlink/readlink', await p.symlink('src', at('p-link')), await p.readlink(at('p-link')));
  console.log('promise link', await p.link(at('src'), at('p-hard')), fs.statSync(at('src')).nlink);
  console.log('promise chmod', await p.chmod(at('p-hard'), 0o644));
  console.log('promise truncate', await p.truncate(at('p-copy'), 1), await p.readFile(at('p-copy'), 'utf8'));
  console.log('promise unlink', await p.unlink(at('p-link')), fs.existsSync(at('p-link')));
  console.log('promise rmdir', await p.rmdir(at('p3')));
  console.log('promise rm', await p.rm(at('p'), { recursive: true }), await p.rm(at('zz'), { force: true }), fs.existsSync(at('p')));
  console.log('remaining', fs.readdirSync(at('')).filter((name) => !name.startsWith('tmp-')));
}

callbacks().then(promises);
