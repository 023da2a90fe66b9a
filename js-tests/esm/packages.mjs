// Packages under import: "exports" with the import condition, patterns, "imports", a package
// naming itself, legacy "main" and index lookups, and the errors Node reports for each.
import { fileURLToPath } from 'node:url';
import { load } from '../modules/fixtures/pkgs/probe.mjs';

const root = fileURLToPath(new URL('../modules/fixtures/pkgs', import.meta.url));
for (const specifier of ['exp-string', 'exp-map', 'exp-map/feature', 'exp-map/utils/a', 'exp-map/utils/private/b',
  'exp-map/cjs.js', 'exp-map/missing', 'exp-map/bad', 'exp-map/array', 'exp-cond', 'exp-nomain', 'exp-nomain/only',
  '@scope/pkg', 'legacy', 'legacy-dir', 'fixture-app', 'fixture-app/sub', '#dep', '#lib/x', '#feature', '#cond',
  '#nothing', 'no-such-package', '@bad', './ext/dir', './ext/both', './%2Fx.js',
  'https://example.org/x.mjs', 'node:nope', './ext/only.cjs', 'dgram', 'node:test']) {
  const result = await load(specifier);
  console.log(specifier, '->', typeof result === 'string' ? result.replaceAll(root, '<root>') : typeof result);
}
