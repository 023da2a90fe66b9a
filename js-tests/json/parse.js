'use strict';
// JSON.parse against Node's, over valid and invalid texts: values, key order, duplicate keys,
// __proto__ and Object.prototype's names as plain keys, escapes, numbers at the edges of the
// grammar, whitespace, nesting, and the texts it must refuse (name of the error only: the
// engines word their messages differently).
const texts = [
  '0', '-0', '1', '-1', '123456789012345', '1234567890123456789', '-1234567890123456789',
  '1.5', '-0.0', '1e3', '1E-3', '1e+2', '2.5e-324', '1e400', '-1e400', '0.1', '123.456e7',
  '"abc"', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac\\ud83d\\ude00"', '"\\ud800"',
  '"a\\u0000b"', '"é€😀"', 'true', 'false', 'null', ' \t\n\r 1 \t\n\r ',
  '[]', '[ ]', '[1,2,3]', '[ 1 , [ 2 , [ 3 ] ] ]', '[[],[[]],{}]', '{}', '{ }',
  '{"a":1,"b":[true,false,null],"c":{"d":"e"}}', '{"b":1,"a":2,"2":3,"1":4}',
  '{"a":1,"a":2}', '{"__proto__":{"x":1},"y":2}', '{"__proto__":1,"__proto__":2}',
  '{"constructor":1,"toString":2,"hasOwnProperty":3,"valueOf":4}',
  '{ "sensor" : "s-1" , "value" : 1.5 , "seq" : 7 }',
  '[' + '['.repeat(300) + ']'.repeat(300) + ']',
  '{"deep":' + '['.repeat(600) + '1' + ']'.repeat(600) + '}',
  // refused
  '', ' ', '01', '-', '1.', '.5', '+1', '1e', '1e+', '0x10', 'NaN', 'Infinity', '"abc', '"a\nb"',
  '"\\x41"', '"\\u00G0"', '"\\u00"', '[1,]', '[,1]', '[1 2]', '{"a":1,}', '{,}', '{"a"}', '{"a":}',
  '{a:1}', "{'a':1}", '{"a":1', '[1', 'tru', 'nul', 'true false', '1 2', '[]]', '{}}', '\u00a01',
];
function show(value) {
  return JSON.stringify(value, (key, v) => (typeof v === 'number' && !Number.isFinite(v)) ? String(v) :
    (Object.is(v, -0) ? '-0' : v));
}
for (const text of texts) {
  const label = text.length > 40 ? `${text.slice(0, 20)}...(${text.length})` : JSON.stringify(text);
  try {
    const value = JSON.parse(text);
    let extra = '';
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      extra = ` keys=${Object.keys(value).join(',')} proto=${Object.getPrototypeOf(value) === Object.prototype}`;
      const own = Object.getOwnPropertyDescriptor(value, '__proto__');
      if (own) extra += ` own__proto__=${JSON.stringify(own.value)} enumerable=${own.enumerable}`;
    }
    console.log(label, '->', text.length > 40 ? typeof value : show(value), extra);
  } catch (error) {
    console.log(label, '->', error.name);
  }
}
// What the engine's JSON.parse keeps doing: a reviver, a non-string argument.
console.log(show(JSON.parse('{"a":1,"b":[2,3]}', (key, value) => (typeof value === 'number' ? value * 10 : value))));
console.log(JSON.parse(Buffer.from('[1,2]')), JSON.parse(42), JSON.parse({ toString: () => '"x"' }), JSON.parse('1', null));
// A setter on Object.prototype is not called, a frozen Object.prototype does not stop a key.
Object.defineProperty(Object.prototype, 'trap', { set() { throw new Error('setter called'); }, configurable: true });
console.log(show(JSON.parse('{"trap":1}')));
delete Object.prototype.trap;
// The function itself.
console.log(JSON.parse.name, JSON.parse.length, Object.keys(JSON), typeof Object.getOwnPropertyDescriptor(JSON, 'parse').value);
// Parsing the same shape many times (the compiled code, once the JIT has it).
let sum = 0;
for (let i = 0; i < 20000; i++) sum += JSON.parse(`{"sensor":"s-${i % 7}","value":${i}.5,"seq":${i}}`).value;
console.log(sum);
