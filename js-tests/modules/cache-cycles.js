// The require cache (require.cache, deleting to reload), cycles that see partial exports,
// module objects (id, loaded, children, parent) and the module built-in's own API.
const path = require('path');
const Module = require('module');

const a = require('./fixtures/cycle/a');
console.log('a.done', a.done, 'a saw b.done', a.sawB, 'b saw a.done', require('./fixtures/cycle/b').sawA);
const counterPath = require.resolve('./fixtures/cycle/counter');
console.log(require('./fixtures/cycle/counter').count, require('./fixtures/cycle/counter').count);
console.log(require.cache[counterPath] === Module._cache[counterPath], require.cache[counterPath].loaded);
delete require.cache[counterPath];
console.log(require('./fixtures/cycle/counter').count);
console.log(module.id, module.loaded, require.main === module, module.parent, module.children.length > 0);
console.log(module.children.map((child) => path.relative(__dirname, child.id)).join(' '));
console.log(Module.wrap('body'));
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('test'), Module.isBuiltin('node:test'),
  Module.isBuiltin('nope'));
console.log(Module.builtinModules.includes('dgram'), Module.builtinModules.includes('test'), Module.builtinModules.length);
console.log(Object.keys(require.extensions).join(' '), typeof Module._load, typeof Module._resolveFilename);
for (const bad of ['relative.js', 5, null]) {
  try {
    Module.createRequire(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const fromDir = Module.createRequire(`${__dirname}/fixtures/`);
console.log(fromDir('./helper').name, Module.createRequire(`file://${__filename}`)('./fixtures/data.json').answer);
try {
  require('./fixtures/stack/one');
} catch (error) {
  console.log(error.code, error.message.replaceAll(__dirname, '<here>'));
  console.log(error.requireStack.map((file) => file.replace(__dirname, '<here>')));
}
