// Importing CommonJS: the default export is module.exports; the named exports are the names
// static analysis finds in the source, read from module.exports after it ran.
import { createRequire } from 'node:module';
import forms, * as formsNamespace from './fixtures/cjs/forms.cjs';
import { plain, viaModule, bracketed, defined, viaGetter, afterDivision } from './fixtures/cjs/forms.cjs';
import literal, * as literalNamespace from './fixtures/cjs/literal.cjs';
import * as reexport from './fixtures/cjs/reexport.cjs';
import * as star from './fixtures/cjs/star.cjs';
import greet, { extra } from './fixtures/cjs/function.cjs';
import dynamic, * as dynamicNamespace from './fixtures/cjs/dynamic.cjs';
import { evaluations } from './fixtures/cjs/counter.cjs';
import * as literal2 from './fixtures/cjs/literal2.cjs';
import * as method from './fixtures/cjs/method.cjs';
import * as unsafe from './fixtures/cjs/unsafe.cjs';
import * as lastReexport from './fixtures/cjs/last-reexport.cjs';

console.log(Object.keys(formsNamespace));
console.log(plain, viaModule, bracketed, defined, viaGetter, afterDivision, forms.literalGetter, formsNamespace.default === forms, forms.default);
console.log(Object.keys(literalNamespace), literal.d, literalNamespace.a);
console.log(Object.keys(reexport));
console.log(Object.keys(star));
console.log(greet('esm'), extra);
console.log(Object.keys(dynamicNamespace), dynamic.one);
console.log(Object.keys(literal2), Object.keys(method), Object.keys(unsafe), unsafe.default.unsafe);
console.log(Object.keys(lastReexport));
const require = createRequire(import.meta.url);
console.log(evaluations, require('./fixtures/cjs/counter.cjs').evaluations, globalThis.cjsEvaluations);
try {
  await import('./fixtures/cjs/throws.cjs');
} catch (error) {
  console.log('import failed:', error.message);
}
try {
  await import('./fixtures/cjs/throws.cjs');
} catch (error) {
  console.log('again:', error.message);
}
