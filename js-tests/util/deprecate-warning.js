'use strict';
// util.deprecate: the DeprecationWarning is emitted once per wrapped function, once per code
// across functions, on the next tick; the wrapper keeps working as function and constructor.
const util = require('util');

process.on('warning', (warning) => {
  console.log('warning:', warning.name, warning.code, JSON.stringify(warning.message), warning instanceof Error);
});

const first = util.deprecate((x) => x * 2, 'first is deprecated', 'DEP_A');
const second = util.deprecate(() => 'second', 'second shares the code', 'DEP_A');
const noCode = util.deprecate(() => 'no code', 'no code given');
const alsoNoCode = util.deprecate(() => 'no code 2', 'no code given');
class Old { constructor(v) { this.v = v; } static make() { return 'static'; } }
const OldDeprecated = util.deprecate(Old, 'Old is deprecated', 'DEP_B');

console.log('calls', first(1), first(2), second(), noCode(), noCode(), alsoNoCode());
const made = new OldDeprecated(7);
console.log('constructed', made.v, made instanceof Old, made instanceof OldDeprecated, OldDeprecated.make());
console.log('shape', typeof first, first.name, OldDeprecated.name, Object.getPrototypeOf(OldDeprecated) === Old);
console.log('sync part done');
setTimeout(() => {
  first(3);
  console.log('later call, no new warning');
}, 5);
for (const code of [5, null, {}]) {
  try {
    util.deprecate(() => {}, 'msg', code);
  } catch (error) {
    console.log('bad code', error.name, error.code, error.message);
  }
}
try {
  util.deprecate('not a function', 'msg');
} catch (error) {
  console.log('bad fn', error.name, error.code, error.message);
}
