'use strict';
// assert.ok / assert(value) without a message quote the failing call from the source file.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (error) {
    console.log(JSON.stringify(error.message), error.generatedMessage, error.operator,
      typeof error.actual === 'symbol' ? 'symbol' : error.actual, error.expected);
  }
}

show(() => assert.ok(false));
show(() => assert(0));
show(() => assert(''));
show(() => assert.ok(null));
show(() => assert());
show(() => assert.ok());
show(() => assert.ok(false, undefined));
show(() => assert.ok(false, null));
show(() => assert.ok(0, 'custom message'));
show(() => assert.ok(0, ''));
show(() => assert.ok(0, new RangeError('thrown as is')));
show(() => { const x = 1; assert.ok(x === 2); });
show(() => { if (true) assert(false); });
show(() => { assert.ok(1); assert.ok(NaN); });
show(() => assert.ok(
  false
));
show(() => {
    assert.ok(typeof 123 === 'string' &&
              1 === 2,
      undefined);
});
show(() => assert.ok(`template ${'a' + `nested ${1}`}` === 1));
show(() => assert.ok(/re[(]\//.test('x')));
show(() => assert.ok('a' / 2 > 3 / 1));
show(() => assert.ok("it's \"quoted\"" === 'x') /* trailing ( comment */);
show(() => [false].forEach((v) => assert.ok(v)));
show(() => [0].forEach(assert));
show(() => (0, assert.ok)(0));
show(() => assert['ok'](0));
show(() => assert?.ok(0));
show(() => assert.ok?.(0));
show(() => assert.ok.call(null, ''));
show(() => assert.strict(0));
show(() => assert.strict.ok(0));
show(() => require('assert')(false));
const { ok } = assert;
show(() => ok(''));
show(() =>
  assert
    .ok(false));
show(() => { const deep = { a: { b: assert } }; deep.a.b.ok(0); });
show(() => assert.ok(((a) => a)(0)));
show(() => { assert.ok(
  0,
  undefined,
); });
show(() => eval('assert(false)'));
show(() => new Function('assert', 'assert(false)')(assert));
show(() => assert.ok(Symbol.iterator === 1));
