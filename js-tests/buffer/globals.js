// The buffer module's exports that Node also puts on the global scope.
'use strict';

const buffer = require('buffer');

console.log(Buffer === buffer.Buffer, atob === buffer.atob, btoa === buffer.btoa);
console.log(typeof Buffer, typeof atob, typeof btoa, Object.keys(globalThis).includes('Buffer'));
console.log(buffer.Buffer === require('node:buffer').Buffer);
