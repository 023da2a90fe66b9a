// Node's lenient base64/base64url/hex decoding and its byteLength estimates.
'use strict';

const base64Inputs = ['QUJD', 'QUJ', 'QU', 'Q', 'QUJDRA', 'QUJDRA==', 'QU JD', 'QU\nJD', 'QU=JD',
  'QUJD=QUJD', 'Q===', '====', 'QUJD-_-_', 'QUJD+/+/', 'QU!JD', 'QUJDRA===', ' QUJD ', 'QUJDRAx'];
for (const input of base64Inputs) {
  for (const encoding of ['base64', 'base64url']) {
    console.log(encoding, JSON.stringify(input), Buffer.from(input, encoding).toString('hex'),
      Buffer.byteLength(input, encoding));
  }
}

const bytes = Buffer.from([0xfb, 0xff, 0xfe, 0x01]);
for (let end = 0; end <= 4; end++) {
  console.log('encode', end, bytes.toString('base64', 0, end), bytes.toString('base64url', 0, end));
}

for (const input of ['abcd', 'abc', 'zz', 'a', '0g12', 'AbCd', 'ab cd', '', '12345z']) {
  console.log('hex', JSON.stringify(input), Buffer.from(input, 'hex').toString('hex'), Buffer.byteLength(input, 'hex'));
}

const target = Buffer.alloc(4);
console.log(target.write('zz', 'hex'), target.write('11zz', 'hex'), target.write('112233445566', 'hex'),
  target.toString('hex'));
console.log(target.write('QUJDRA==', 1, 2, 'base64'), target.toString('hex'));
