// utf8 StringDecoder: characters split across writes, ill-formed input, and the state Node shows
// through lastChar, lastNeed and lastTotal.
const { StringDecoder } = require('string_decoder');

const state = (d) => `[${[...d.lastChar].join(',')}] need=${d.lastNeed} total=${d.lastTotal}`;
function run(label, chunks) {
  const decoder = new StringDecoder('utf8');
  const out = [];
  for (const chunk of chunks) {
    if (chunk === 'END') out.push(`end:${JSON.stringify(decoder.end())}`);
    else if (chunk[0] === 'END') out.push(`end(buf):${JSON.stringify(decoder.end(Buffer.from(chunk.slice(1))))}`);
    else out.push(JSON.stringify(decoder.write(Buffer.from(chunk))));
    out.push(state(decoder));
  }
  console.log(label.padEnd(26), out.join(' | '));
}

run('euro byte by byte', [[0xe2], [0x82], [0xac], 'END']);
run('emoji split 3+1', [[0xf0, 0x9f, 0x98], [0x80, 0x41], 'END']);
run('broken by ascii', [[0xe2], [0x41], 'END']);
run('broken by ascii pair', [[0xe2, 0x82], [0x41, 0x42], 'END']);
run('broken by new lead', [[0xe2, 0x82], [0xe2, 0x82, 0xac], 'END']);
run('incomplete at end', [[0xf0], 'END', [0x41], 'END']);
run('end with bytes', [[0x41, 0xe2, 0x82, 0xac, 0xe2], [0x82, 0xac], ['END', 0xe2, 0x82]]);
run('empty write', [[0xe2], [], [0x82, 0xac], 'END']);
run('overlong C0 80', [[0xc0], [0x80], 'END']);
run('C1 80 then E0 80', [[0xc1, 0x80, 0xe0, 0x80], 'END']);
run('overlong E0 80 80', [[0xe0, 0x80], [0x80], 'END']);
run('surrogate ED A0 80', [[0xed, 0xa0], [0x80], 'END']);
run('F5 lead', [[0xf5], [0x80, 0x80, 0x80], 'END']);
run('F8 is no lead', [[0xf8, 0x80], 'END']);
run('lone continuations', [[0x80, 0x80], 'END']);
run('FF FE', [[0xff], [0xfe], 'END']);
run('above U+10FFFF', [[0xf4, 0x90], [0x80, 0x80], 'END']);

const big = Buffer.from('€😀a'.repeat(3000));
for (const size of [1, 2, 3, 5, 7, 4096]) {
  const decoder = new StringDecoder();
  let text = '';
  for (let i = 0; i < big.length; i += size) text += decoder.write(big.subarray(i, i + size));
  text += decoder.end();
  console.log(`chunks of ${size}:`, text === '€😀a'.repeat(3000));
}

const decoder = new StringDecoder('utf8');
console.log('text()', JSON.stringify(decoder.text(Buffer.from([0x41, 0xe2, 0x82, 0xac, 0x42]), 1)), state(decoder));
console.log('text() keeps the tail', JSON.stringify(decoder.text(Buffer.from([0x41, 0xe2, 0x82]), 0)), state(decoder));
console.log('end()', JSON.stringify(decoder.end()), state(decoder));
