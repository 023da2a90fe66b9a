// fill() argument handling and indexOf/lastIndexOf/includes with strings, numbers and buffers.
'use strict';

const fills = [
  ['x'], ['xy', 1, 4], ['xy', 'latin1'], ['abz', 'hex'], ['\u0101', 'latin1'], ['\u0101', 'ucs2'],
  ['é'], [''], [257], [-1, 2], [true], [null], [Buffer.from('pq'), 1], ['QUJD', 'base64'], ['a', undefined, 2],
  [1, 4, 2], ['\ud800'],
];
for (const args of fills) {
  console.log('fill', JSON.stringify(args.map(String)), Buffer.from('abcdef').fill(...args).toString('hex'));
}
console.log(Buffer.alloc(5, 'ab').toString(), Buffer.alloc(5, 'abcd', 'hex').toString('hex'), Buffer.alloc(3, 300).toString('hex'));

const haystack = Buffer.from('abcabc\u00e9a\0b\0', 'latin1');
const searches = [
  ['b'], ['b', 2], ['b', -3], ['bc', 'latin1'], ['é'], ['\u00e9', 'latin1'], [0x63], [0x163], [-1],
  [Buffer.from('ca')], ['', 4], ['', 100], ['6263', 'hex'], ['YWJj', 'base64'], ['b', 0, 'ucs2'],
  ['x'], ['c', -100], ['c', 100],
];
for (const args of searches) {
  console.log(JSON.stringify(args.map(String)), haystack.indexOf(...args), haystack.lastIndexOf(...args),
    haystack.includes(...args));
}
