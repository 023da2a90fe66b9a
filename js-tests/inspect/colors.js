// colors: true uses the ANSI codes of util.inspect.styles / util.inspect.colors.
const util = require('util');

const show = (value, options) => console.log(JSON.stringify(util.inspect(value, { colors: true, ...options })));
show({ num: 1, str: 'hello', big: 10n, bool: true, nul: null, und: undefined, sym: Symbol('s'), d: new Date(0), r: /r/g, f() {} });
show(Array.from({ length: 12 }, (_, i) => i * 11));
show(['a', 1, 'bb', 22, 'ccc', 333, 'dddd', 4444]);
show([new Number(1), new String('s'), [, 1], class K {}, new WeakMap()]);
show({ a: { b: { c: { d: 1 } } } }, { depth: 1 });
console.log(util.inspect.styles);
console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.grey, util.inspect.colors.red);
