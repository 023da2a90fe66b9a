// util.inspect and console.log of URL, URLSearchParams and their iterators, as Node prints them.
'use strict';

const util = require('util');

const url = new URL('https://user:pw@EXAMPLE.com:8080/a/../b/./c?x=1&y=%20#frag');
console.log(url);
console.log([url]);
console.log({ nested: { url } });
console.log({ a: { b: { url } } });
console.log(util.inspect(url, { depth: 0 }));
console.log(util.inspect(url, { depth: -1 }));
console.log(new URL('file:///tmp/a%20b'));
console.log(new URL('sc:opaque'));

console.log(new URLSearchParams('a=1&b=2&a=3'));
console.log(new URLSearchParams(''));
console.log([new URLSearchParams('k=v')]);
const long = new URLSearchParams('aaaaaaaaaa=bbbbbbbbbbbbbb&cccccccccccccc=ddddddddddddddd&eeeeeeeeeeeeeeee=ffffffffffffffffff&g=h');
console.log(long);
console.log({ long });
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log(util.inspect({ deep: { deeper: { params: new URLSearchParams('a=1') } } }));
console.log(long.keys());
console.log(long.entries());
const values = long.values();
values.next();
console.log(values);
values.next();
values.next();
values.next();
console.log(values);
console.log(new URLSearchParams('q=1').entries());

class MyURL extends URL {}
console.log(new MyURL('http://sub.example/'));
console.log(`${url}`, util.format('%j', { url }));
