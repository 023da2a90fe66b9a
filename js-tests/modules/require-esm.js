// require() of an ES module (Node 20.19+): .mjs, or .js in a "type": "module" package. The
// result is the module namespace (with __esModule when it has a default export); a graph with
// top-level await cannot be required.
const path = require('path');
const root = path.join(__dirname, 'fixtures', 'pkgs');

const mod = require('./fixtures/pkgs/esm-type/mod.js');
console.log(mod, mod.__esModule, Object.keys(mod));
console.log(require('./fixtures/pkgs/esm-type/mod.js') === mod);
const named = require('./fixtures/pkgs/esm-type/named.js');
console.log(named, '__esModule' in named);
console.log(require('./fixtures/pkgs/dep.mjs').default);
console.log(require('./fixtures/pkgs/esm-type/legacy.cjs'));
try {
  require('./fixtures/pkgs/esm-type/tla.js');
} catch (error) {
  console.log(error.name, error.code, error.message.replaceAll(root, '<root>').replaceAll(__dirname, '<here>'));
}
import('./fixtures/pkgs/esm-type/mod.js').then((namespace) => {
  console.log('import() shares the instance:', namespace.answer, namespace === mod, namespace.default === mod.default);
  requireFailures();
});

// (After the import: GraalJS drops the promise jobs pending when a required ES module throws.)
function requireFailures() {
  for (const file of ['throws.js', 'missing-dep.js', 'named-missing.js', 'throws.js', 'late-failure.js']) {
    try {
      require(`./fixtures/pkgs/esm-type/${file}`);
    } catch (error) {
      console.log(file, error.name, error.code, error.message.split('\n')[0].replaceAll(root, '<root>'));
    }
  }
  console.log('evaluated once:', globalThis.throwsEvaluated);
  setTimeout(() => console.log('still running after the abandoned graph failed'), 100);
}
