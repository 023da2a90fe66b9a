// What a failed import rejects with: Node's error codes and messages, and the hint Node adds
// when require() would have found the file.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
for (const specifier of ['./fixtures/meta-probe', './fixtures/cjs-importer', './fixtures', './fixtures/', 'nope-pkg',
  'file:///no/such/file.mjs', 'node:nope', 'data:text/javascript,export%20default%2042', './fixtures/bad.txt',
  './fixtures/missing-export.mjs']) {
  try {
    const namespace = await import(specifier);
    console.log(specifier, 'loaded', namespace.default);
  } catch (error) {
    console.log(specifier, error.name, error.code, String(error.message).replaceAll(here, '<dir>').split('\n').slice(0, 2).join(' | '));
  }
}
console.log('prints', globalThis.printed ?? 'nothing');
try {
  await import('./fixtures/syntax-error.mjs');
} catch (error) {
  console.log('syntax error:', error.name);
}
