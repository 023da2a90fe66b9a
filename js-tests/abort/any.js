// AbortSignal.any: follows its sources without adding listeners to them; a source aborts its
// followers after its own listeners ran.
const { getEventListeners } = require('events');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log('fresh', any.aborted, any.reason, getEventListeners(a.signal, 'abort').length);
const nested = AbortSignal.any([any]);
a.signal.addEventListener('abort', () => console.log('source listener', a.signal.reason));
any.addEventListener('abort', () => console.log('any listener', any.reason, nested.aborted));
nested.addEventListener('abort', () => console.log('nested listener', nested.reason));
b.abort('from b');
a.abort('from a (too late)');
console.log('after', any.reason, nested.reason, a.signal.reason);

console.log('already aborted source', AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]).reason);
console.log('first aborted wins', AbortSignal.any([AbortSignal.abort('one'), AbortSignal.abort('two')]).reason);
console.log('empty list', AbortSignal.any([]).aborted);
const timeoutFollower = AbortSignal.any([AbortSignal.timeout(10)]);
timeoutFollower.onabort = () => console.log('follower of a timeout', timeoutFollower.reason.name);
setTimeout(() => console.log('timer done', timeoutFollower.aborted), 60);
