// Functions and classes: names, anonymous, async/generator kinds, classes and their parents.
function foo() {}
class A {}
class B extends A {}
console.log(foo, function () {}, () => {}, async function af() {}, function* gf() {}, async function* agf() {});
console.log(A, B, class {}, class N extends null {}, foo.bind(null), Math.max, Map);
console.log(Object.assign(function withProps() {}, { a: 1, b: [1] }), Object.assign(class K {}, { s: 1 }));
console.log(Object.setPrototypeOf(function noProto() {}, null));
console.log({ m() {}, arrow: () => {}, cls: class Inner {} });
const named = () => {};
console.log([named, Object.defineProperty(function renamed() {}, 'name', { value: '' })]);
