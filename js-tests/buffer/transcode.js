// buffer.transcode between utf8, ucs2, latin1 and ascii, with ICU's substitutions and errors.
'use strict';

const { transcode } = require('buffer');

const sources = [
  ['utf8', Buffer.from('h\u00e9\u20ac\u{1F600}')], ['utf8', Buffer.from([0x68, 0xff, 0xc3, 0x41, 0xe2, 0x82])],
  ['latin1', Buffer.from([0x68, 0xad, 0xff])], ['ascii', Buffer.from([0x68, 0x80, 0xff])],
  ['ucs2', Buffer.from('h\ud800\u00e9\ufeff', 'ucs2')], ['ucs2', Buffer.from([0x41, 0x00, 0x3d, 0xd8, 0x5a])],
];
for (const [from, source] of sources) {
  for (const to of ['utf8', 'ucs2', 'latin1', 'ascii']) {
    try {
      console.log(from, '->', to, source.toString('hex'), transcode(source, from, to).toString('hex'));
    } catch (error) {
      console.log(from, '->', to, source.toString('hex'), error.name, error.code, error.errno, error.message);
    }
  }
}
for (const [from, to] of [['hex', 'utf8'], ['utf8', 'base64'], [undefined, 'ucs2'], ['binary', 'UTF-8']]) {
  try {
    console.log(from, to, transcode(Buffer.from('ab'), from, to).toString('hex'));
  } catch (error) {
    console.log(from, to, error.code, error.errno, error.message);
  }
}
try {
  transcode('ab', 'utf8', 'ucs2');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.log(transcode(Buffer.alloc(0), 'bogus', 'nothing').length);
