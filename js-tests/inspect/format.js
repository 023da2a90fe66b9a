// util.format placeholders and how extra arguments are joined.
const util = require('util');

console.log(util.format('%s', 'str'), util.format('%s %s %s', 1, -0, 1n));
console.log(util.format('%s|%s|%s', { a: { b: { c: 1 } } }, [1, [2, [3]]], new Date(0)));
class WithToString { toString() { return 'FOO'; } }
class Without { constructor() { this.x = 1; } }
console.log(util.format('%s %s %s', new WithToString(), new Without(), { toString() { return 'own'; } }));
console.log(util.format('%s %s %s', null, undefined, Symbol('s')), util.format('%s', function foo() {}));
console.log(util.format('%d %d %d %d %d %d', 42, '42', 1.5, -0, 10n, Symbol('x')));
console.log(util.format('%i %i %i %i', 42.9, '42.9abc', -0.5, 10n), util.format('%f %f %f', 1.5, '1.5e3', 'abc'));
console.log(util.format('%j %j %j', { a: [1] }, 'str', undefined));
const circular = {}; circular.self = circular;
console.log(util.format('%j', circular));
console.log(util.format('%o', { a: [1, 2], f() {} }));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%cred%c plain', 'color: red', ''));
console.log(util.format('100%% %s %%', 'x'), util.format('100%%'), util.format('%s %d %%'));
console.log(util.format('abc%', 1), util.format('%x %s', 'a'), util.format('%s%', 'a'), util.format('%%s', 'a'));
console.log(util.format('%s %s', 'a'), util.format('%s', 'a', 'b', 1, { c: 2 }));
console.log(util.format(1, 'a', { b: 2 }, [3]), JSON.stringify(util.format()), util.format('a', 'b', 'c'));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.8, 1234567.8, 1234567));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%O %s', { a: 1 }, 'x', 5)));
console.log('%s is %d years', 'Bob', 42, 'extra');
