// How require() finds files: extensions in Node's order, folders with "main" or an index, the
// node_modules walk, require.resolve (with its paths option) and require.resolve.paths.
const path = require('path');
const { createRequire } = require('module');

const root = path.join(__dirname, 'fixtures', 'pkgs');
const hide = (text) => String(text).replaceAll(root, '<root>').replaceAll(__dirname, '<here>');
const show = (label, fn) => {
  try {
    console.log(label, '->', hide(fn()));
  } catch (error) {
    console.log(label, '!!', error.name, error.code, hide(error.message.split('\n')[0]));
  }
};
const fromApp = createRequire(path.join(root, 'entry.js'));

show('./ext/both', () => fromApp('./ext/both'));
show('./ext/json-only', () => fromApp('./ext/json-only').which);
show('./ext/only (no .cjs lookup)', () => fromApp('./ext/only'));
show('./ext/only.cjs', () => fromApp('./ext/only.cjs'));
show('./ext/dir', () => fromApp('./ext/dir'));
show('./ext/dir/', () => fromApp('./ext/dir/'));
show('./ext/bad.json', () => fromApp('./ext/bad.json'));
show('legacy', () => fromApp('legacy'));
show('legacy-dir', () => fromApp('legacy-dir'));
show('legacy-badmain', () => fromApp('legacy-badmain'));
show('@scope/pkg', () => fromApp('@scope/pkg'));
show('walk up', () => JSON.stringify(require('./fixtures/pkgs/app/deep/nested/walk.js').found));
show('module.paths', () => require('./fixtures/pkgs/app/deep/nested/walk.js').paths.slice(0, 4).join(' '));
show('resolve', () => fromApp.resolve('./ext/both'));
show('resolve builtin', () => fromApp.resolve('node:dgram') + ' ' + fromApp.resolve('dgram'));
show('resolve missing', () => fromApp.resolve('./ext/nope'));
show('resolve paths (relative)', () => fromApp.resolve('./both', { paths: [path.join(root, 'lib'), path.join(root, 'ext')] }));
show('resolve paths (bare)', () => fromApp.resolve('exp-string', { paths: [path.join(root, 'app', 'deep')] }));
show('resolve paths (not found)', () => fromApp.resolve('exp-string', { paths: ['/'] }));
show('resolve paths (bad)', () => fromApp.resolve('x', { paths: 'nope' }));
show('resolve.paths relative', () => fromApp.resolve.paths('./x'));
show('resolve.paths bare', () => fromApp.resolve.paths('x').slice(0, 2));
show('resolve.paths builtin', () => fromApp.resolve.paths('fs'));
show('require(5)', () => require(5));
show('require("")', () => require(''));
show('node:nope', () => require('node:nope'));
show('resolve node:nope', () => require.resolve('node:nope'));
