// %s calls the toString of Node's own classes (Buffer, URL, ...), as for any user-defined class.
const b = Buffer.from('hi');
console.log('%s|%s|%s', b, new URL('http://a.b/c'), new URLSearchParams('a=1'));
class A {} console.log('%s', new A());
console.log('%s', new Date(0), '%s', new Map([[1, 2]]));
console.log('%s', new AbortController().signal);
console.log(require('util').format('%s', new (require('events'))()));
