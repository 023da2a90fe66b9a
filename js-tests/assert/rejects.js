'use strict';
// assert.rejects / assert.doesNotReject: promises, promise-returning functions, thenables.
const assert = require('assert');

async function show(label, fn) {
  try {
    const result = fn();
    console.log(label, 'returns a promise:', result instanceof Promise);
    await result;
    console.log(label, 'resolves');
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(error.message), error.generatedMessage, error.operator);
  }
}

(async () => {
  await show('resolved', () => assert.rejects(Promise.resolve(1)));
  await show('resolved, message', () => assert.rejects(Promise.resolve(), 'msg'));
  await show('resolved, class', () => assert.rejects(Promise.resolve(), Error));
  await show('class mismatch', () => assert.rejects(Promise.reject(new Error('x')), TypeError));
  await show('function, regexp', () => assert.rejects(() => Promise.reject(new Error('x')), /x/));
  await show('async function, object', () => assert.rejects(async () => { throw new Error('a'); }, { message: 'b' }));
  await show('validation false', () => assert.rejects(Promise.reject(new Error('x')), () => false));
  await show('ambiguous', () => assert.rejects(Promise.reject(new Error('x')), 'x'));
  await show('two strings', () => assert.rejects(Promise.reject(new Error('x')), 'a', 'b'));
  await show('undefined reason', () => assert.rejects(Promise.reject(undefined), { message: 'a' }));
  await show('not a promise', () => assert.rejects(() => 5));
  await show('sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await show('number', () => assert.rejects(5));
  await show('thenable without catch', () => assert.rejects({ then(resolve, reject) { reject(new Error('t')); } }));
  await show('thenable', () => assert.rejects({ then(resolve, reject) { reject(new Error('thenable')); }, catch() {} }, /then/));
  await show('doesNotReject rejected', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await show('doesNotReject message', () => assert.doesNotReject(Promise.reject(new Error('x')), 'mm'));
  await show('doesNotReject class', () => assert.doesNotReject(Promise.reject(new Error('x')), Error));
  await show('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new Error('x')), TypeError));
  await show('doesNotReject primitive', () => assert.doesNotReject(Promise.reject(5)));
  await show('doesNotReject resolved', () => assert.doesNotReject(() => Promise.resolve(3)));
  await show('doesNotReject not a promise', () => assert.doesNotReject(() => 3));
  await show('doesNotReject number', () => assert.doesNotReject(3));
  await show('doesNotReject sync throw', () => assert.doesNotReject(() => { throw new Error('sync2'); }));
})();
