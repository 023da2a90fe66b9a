// Errors: the stack comes first, extra own properties follow in braces. Stacks are set by hand
// so that no file path is printed.
const util = require('util');

function withStack(error, frames) {
  error.stack = `${error.name}: ${error.message}` + frames.map((frame) => `\n    at ${frame}`).join('');
  return error;
}

console.log(withStack(new Error('boom'), ['f (a.js:1:2)', 'g (b.js:3:4)']));
console.log(Object.assign(withStack(new RangeError('r'), ['f (a.js:1:2)']), { code: 'ERR_X', info: { a: 1 } }));
console.log(Object.assign(withStack(new Error('no frames'), []), { code: 'X', errno: -1 }));
console.log({ nested: Object.assign(withStack(new Error('inner'), ['f (a.js:1:2)']), { code: 1 }) });
console.log([withStack(new TypeError('in array'), ['g (b.js:1:1)'])]);
class MyError extends Error {}
console.log(withStack(new MyError('sub'), ['x (y.js:1:1)']));
const named = withStack(new Error('m'), []); named.name = 'Custom';
console.log(named);
console.log(withStack(new Error('outer', { cause: withStack(new Error('inner'), []) }), []));
console.log(withStack(new AggregateError([withStack(new Error('a'), [])], 'agg'), []));
const real = new Error('real');
real.code = 'E_REAL';
// A real stack: only its first line and the properties after the frames are stable.
const shown = util.inspect(real);
console.log(shown.split('\n')[0], shown.includes('\n    at '), shown.endsWith(" {\n  code: 'E_REAL'\n}"));
const noStack = new Error('gone'); noStack.stack = undefined;
console.log(util.inspect(noStack));
console.log({ a: { b: { c: Object.assign(withStack(new Error('deep'), []), { code: 1 }) } } });
