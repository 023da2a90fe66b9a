// util.parseArgs: tokens, short groups, values, strict checks, defaults, allowNegative, and the
// validation of its configuration.
const { parseArgs } = require('util');
const util = require('util');

function run(label, config) {
  try {
    console.log(label, util.inspect(parseArgs(config), { depth: 5, breakLength: 200 }));
  } catch (err) {
    console.log(label, 'ERR', err.name, err.code, err.code ? JSON.stringify(err.message) : '(engine message)');
  }
}

const options = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  many: { type: 'string', multiple: true, short: 'm' },
};
run('basic', { args: ['-f', '--bar', 'b', 'pos'], options, allowPositionals: true });
run('positional in strict mode', { args: ['pos'], options });
run('unknown long', { args: ['--nope'], options });
run('unknown short', { args: ['-x'], options });
run('unknown in group', { args: ['-fx'], options });
run('unknown with positionals', { args: ['-1'], options, allowPositionals: true });
run('string missing value', { args: ['--bar'], options });
run('short string missing value', { args: ['-b'], options });
run('value looks like option', { args: ['--bar', '--foo'], options });
run('short value looks like option', { args: ['-b', '-f'], options });
run('value is a dash', { args: ['--bar', '-'], options });
run('boolean with value', { args: ['--foo=yes'], options });
run('boolean with empty value', { args: ['--foo='], options });
run('inline values', { args: ['--bar=x=y', '-bz', '-mq', '-m', 'r'], options });
run('short group', { args: ['-ffb', 'v'], options });
run('string in group takes rest', { args: ['-fbf'], options });
run('short with = value', { args: ['-b=1'], options });
run('terminator', { args: ['-f', '--', '--bar', 'x'], options, allowPositionals: true });
run('terminator without positionals', { args: ['--', 'x'], options });
run('non-strict', { args: ['--nope', '-x', '--bar', '--foo=1', 'pos', '-'], options, strict: false });
run('non-strict unknown value', { args: ['--un=val', '--un2', 'next'], strict: false });
run('non-strict odd group', { args: ['-f=1'], options, strict: false });
run('repeated', { args: ['--bar', '1', '--bar', '2'], options });
run('multiple', { args: ['-m', '1', '--many', '2'], options });
run('__proto__ is ignored', { args: ['--__proto__', '--constructor'], strict: false });
run('empty and dash', { args: ['', '-'], allowPositionals: true });
run('empty inline value', { args: ['--bar='], options });
run('odd long names', { args: ['--=x', '--a=b=c'], strict: false });
run('non-string args', { args: [1, ['-x']], strict: false });
run('null arg', { args: ['a', null], strict: false, allowPositionals: true });
run('tokens', { args: ['-fb', 'v', '--many=a', '--', 'p'], options, tokens: true, allowPositionals: true });
run('tokens non-strict', { args: ['--x=1', '-ab', '-'], strict: false, tokens: true });
run('defaults', {
  args: ['--given', 'g'],
  options: {
    a: { type: 'string', default: 'x' }, b: { type: 'boolean', default: true },
    c: { type: 'string', multiple: true, default: ['1'] }, given: { type: 'string', default: 'unused' },
  },
});
run('negative without allowNegative', { args: ['--no-foo'], options });
run('allowNegative', { args: ['--no-foo', '--foo', '--no-foo'], options, allowNegative: true });
run('allowNegative multiple', {
  args: ['--no-flag', '--flag'], options: { flag: { type: 'boolean', multiple: true } }, allowNegative: true, tokens: true,
});
run('allowNegative string option', { args: ['--no-bar'], options, allowNegative: true });
run('allowNegative inline value', { args: ['--no-foo=1'], options, allowNegative: true });
run('allowNegative non-strict', { args: ['--no-x', '--no-y', 'v'], allowNegative: true, strict: false });

run('default of wrong type', { args: [], options: { a: { type: 'string', default: 5 } } });
run('default not an array', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
run('default array element', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'x'] } } });
run('default boolean', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
run('bad type', { args: [], options: { a: { type: 'number' } } });
run('no type', { args: [], options: { a: {} } });
run('long short', { args: [], options: { a: { type: 'string', short: 'ab' } } });
run('short not a string', { args: [], options: { a: { type: 'string', short: 5 } } });
run('multiple not boolean', { args: [], options: { a: { type: 'string', multiple: 1 } } });
run('option not an object', { args: [], options: { a: 'string' } });
run('options not an object', { args: [], options: 5 });
run('options array', { args: [], options: [] });
run('options null', { args: [], options: null });
run('args not an array', { args: 'x' });
run('strict not boolean', { args: [], strict: 'x' });
run('allowPositionals not boolean', { args: [], allowPositionals: 1 });
run('tokens not boolean', { args: [], tokens: 1 });
run('allowNegative not boolean', { args: [], allowNegative: 1 });
run('config not an object', 5);
run('inherited config ignored', Object.create({ args: ['x'], allowPositionals: true }));
run('inherited option ignored', { args: ['--toString'], options: Object.create({ toString: { type: 'boolean' } }) });
run('first long name of a short wins', { args: ['-a'], options: { x: { type: 'boolean', short: 'a' }, y: { type: 'string', short: 'a' } } });
run('process.argv by default', { strict: false });
