// A .js file in a "type": "module" package is an ES module, entry or imported.
import { helper } from './fixtures/helper.js';
import legacy from './legacy.cjs';

console.log(typeof require, typeof module, typeof exports, this);
console.log(helper(), legacy, import.meta.url.endsWith('/typemod/main.js'));
