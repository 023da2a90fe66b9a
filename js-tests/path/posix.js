// path on Linux (posix): every function over ordinary and edge inputs, format/parse round trips,
// the constants, the subpath modules and the errors of bad arguments.
const path = require('path');
const cases = {
  join: [['/a', 'b', '../c', './d'], ['a', '', 'b'], [''], ['/', '..', 'x'], ['a/', '/b/'], []],
  resolve: [['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['/a', 'b', '..', 'c/'], ['/', '..']],
  normalize: [['/foo/bar//baz/asdf/quux/..'], [''], ['./'], ['a/../..'], ['//a//b/'], ['/..'], ['a/./b/.']],
  relative: [['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', '/a'], ['/a/b', '/a'], ['/', '/x/y'], ['/a/bc', '/a/b']],
  dirname: [['/a/b/c'], ['a'], ['/'], ['/a/'], [''], ['//a'], ['a/b//']],
  basename: [['/a/b/c.html'], ['/a/b/c.html', '.html'], ['/a/b/'], ['c.html', 'html'], ['.x', '.x'], ['aaa', 'aaa'],
    ['/d/aaa', 'aaa'], ['aaa/', 'aaa'], ['xaaa', 'aaa'], ['/', '/'], ['aaa/', 'a']],
  extname: [['index.html'], ['index.coffee.md'], ['index.'], ['index'], ['.index'], ['.index.md'], ['..'], ['a/b.c/d']],
  isAbsolute: [['/x'], ['x'], [''], ['./x']],
  parse: [['/home/user/dir/file.txt'], ['file'], ['/'], ['./a.b.c'], [''], ['//x//'], ['.bashrc']],
  toNamespacedPath: [['/x'], ['a/../b']],
};
for (const [name, list] of Object.entries(cases)) {
  for (const args of list) console.log(name, JSON.stringify(args), JSON.stringify(path[name](...args)));
}
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }), path.format({ root: '/', name: 'file', ext: 'txt' }),
  path.format({ name: 'x', ext: '.e' }), path.format({ root: '/', base: 'b', name: 'ignored' }), JSON.stringify(path.format({})));
for (const p of ['/home/user/dir/file.txt', 'a/b', '/x.y']) console.log(p, path.format(path.parse(p)) === p);
console.log(JSON.stringify(path.sep), JSON.stringify(path.delimiter), path.posix === path, path.posix.posix === path,
  path._makeLong === path.toNamespacedPath, path.resolve() === process.cwd(), path.resolve('x') === `${process.cwd()}/x`);
console.log(require('path/posix') === path.posix, require('node:path') === path);
const errors = [() => path.join(5), () => path.join('a', null), () => path.resolve({}), () => path.resolve(undefined),
  () => path.basename('/x', 5), () => path.format(null), () => path.relative('a', 1), () => path.dirname(), () => path.extname([])];
for (const fn of errors) {
  try {
    fn();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
