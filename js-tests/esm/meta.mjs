// import.meta as Node 20 fills it: url, filename, dirname and a synchronous resolve().
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { meta as fixtureMeta } from './fixtures/meta-probe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const hide = (text) => String(text).replaceAll(pathToFileURL(here).href, '<url>').replaceAll(here, '<dir>');
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(hide(import.meta.url), hide(import.meta.filename), hide(import.meta.dirname));
console.log(import.meta.filename === fileURLToPath(import.meta.url), import.meta.dirname === here);
console.log(hide(fixtureMeta.url), hide(fixtureMeta.filename));
console.log(hide(import.meta.resolve('./fixtures/meta-probe.mjs')), hide(import.meta.resolve('./not-there.mjs')));
console.log(import.meta.resolve('node:dgram'), import.meta.resolve('dgram'), import.meta.resolve('fs/promises'));
for (const specifier of ['no-such-package', 'node:nope']) {
  try {
    import.meta.resolve(specifier);
  } catch (error) {
    console.log(error.code, hide(error.message));
  }
}
