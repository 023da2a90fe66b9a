// atob/btoa from the buffer module, with Node's DOMException errors.
'use strict';

const { atob, btoa } = require('buffer');

for (const input of ['aGVsbG8=', 'aGVsbG8', ' aG Vs bG8 = ', 'YQ', 'YR==', 'ab=c', 'abcde', 'a', '=', '====', '-_', '']) {
  try {
    console.log('atob', JSON.stringify(input), JSON.stringify(atob(input)));
  } catch (error) {
    console.log('atob', JSON.stringify(input), error.name, error.code, error.message, error instanceof Error);
  }
}
for (const input of ['hello', '\u00ff\u0000', '', null, 12]) console.log('btoa', JSON.stringify(btoa(input)));
try {
  btoa('\u0100');
} catch (error) {
  console.log(error.name, error.code, error.message, String(error), Object.prototype.toString.call(error));
}
try {
  atob();
} catch (error) {
  console.log(error.name, error.code, error.message);
}
