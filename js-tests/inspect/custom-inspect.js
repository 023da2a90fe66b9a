// util.inspect.custom: called with (depth, options, inspect); its result replaces the value.
const util = require('util');
const custom = util.inspect.custom;

console.log(custom === Symbol.for('nodejs.util.inspect.custom'));
console.log({ [custom]() { return 'CUSTOM'; } }, { a: { [custom]() { return { replaced: [1, 2] }; } } });
console.log({ x: { y: { [custom](depth, options) { return `depth=${depth} ${options.depth} ${typeof options.stylize}`; } } } });
console.log({ x: { y: { [custom]() { return 'line1\nline2'; } } } });
console.log({ x: { [custom](depth, options, inspect) { return inspect({ inner: [1, 2, 3] }, options); } } });
console.log(util.inspect({ a: 1, [custom]() { return 'ignored'; } }, { customInspect: false }));
class C { [custom]() { return 'instance'; } }
console.log([new C(), C.prototype]);
console.log({ self: { a: 1, [custom]() { return this; } } });
console.log(util.inspect({ x: { [custom](depth, options) { return Object.keys(options).join(); } } }, { extra: true }));
