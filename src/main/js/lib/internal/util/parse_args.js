'use strict';
// util.parseArgs() as in Node v20.20 (with `allowNegative`). The arguments are first cut into
// tokens (options with their values, positionals, the `--` terminator); short option groups like
// `-abc` are spread into single options first, and a string option takes the next argument as
// its value whatever it looks like. Then, in strict mode, each option token is checked against
// the configured options, and values and positionals are collected; defaults fill what is unset.
// Only own properties of the configuration objects are read.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

function ownValue(object, key) {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function optionProperty(options, longOption, key) {
  return Object.hasOwn(options, longOption) ? ownValue(options[longOption], key) : undefined;
}

// The arguments of the running script: after the executable and the script, or after the
// executable alone for -e/-p.
function mainArguments() {
  const execArgv = process.execArgv ?? [];
  if (['-e', '--eval', '-p', '--print'].some((flag) => execArgv.includes(flag))) return process.argv.slice(1);
  return process.argv.slice(2);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
}

function validateArrayOf(value, name, validate) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validate(value[i], `${name}[${i}]`);
}

function validateOptionConfig(longOption, config) {
  const prefix = `options.${longOption}`;
  validateObject(config, prefix);
  const type = ownValue(config, 'type');
  validateUnion(type, `${prefix}.type`, ['string', 'boolean']);
  if (Object.hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `${prefix}.short`);
    if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
  }
  const multiple = ownValue(config, 'multiple');
  if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `${prefix}.multiple`);
  const defaultValue = ownValue(config, 'default');
  if (defaultValue !== undefined) {
    const validateOne = type === 'string' ? validateString : validateBoolean;
    if (multiple) validateArrayOf(defaultValue, `${prefix}.default`, validateOne);
    else validateOne(defaultValue, `${prefix}.default`);
  }
}

// The long name of a short option, or the short letter itself when no option claims it.
function longOptionFor(short, options) {
  for (const [longOption, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return longOption;
  }
  return short;
}

function isString(value) {
  return typeof value === 'string';
}

// `-f`: one short option. (Its length is read whatever the argument is: null throws, as in Node.)
function isLoneShortOption(arg) {
  return arg.length === 2 && isString(arg) && arg[0] === '-' && arg[1] !== '-';
}

function startsShortOptions(arg) {
  return isString(arg) && arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// `-abc` where `a` is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  return startsShortOptions(arg) && optionProperty(options, longOptionFor(arg[1], options), 'type') !== 'string';
}

// `-bVALUE` where `b` is a string option.
function isShortOptionAndValue(arg, options) {
  return startsShortOptions(arg) && optionProperty(options, longOptionFor(arg[1], options), 'type') === 'string';
}

function isLongOption(arg) {
  return isString(arg) && arg.length > 2 && arg.startsWith('--');
}

function isLoneLongOption(arg) {
  return isLongOption(arg) && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return isLongOption(arg) && arg.includes('=', 3);
}

// With allowNegative, `--no-foo` names `foo` unless foo is a string option.
function negatedName(name, options, allowNegative) {
  if (!allowNegative || !name.startsWith('no-')) return undefined;
  const positive = name.slice(3);
  return optionProperty(options, positive, 'type') !== 'string' ? positive : undefined;
}

function tokenize(args, options, allowNegative) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Options spread from a group share the group's index.
  let spreadLeft = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (spreadLeft > 0) spreadLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const positional of remaining) tokens.push({ kind: 'positional', index: ++index, value: positional });
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = longOptionFor(arg[1], options);
      let value;
      let inlineValue;
      if (optionProperty(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // Spread into single options; a string option takes the rest of the group as its value.
      const spread = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (optionProperty(options, longOptionFor(short, options), 'type') !== 'string' || i === arg.length - 1) {
          spread.push(`-${short}`);
        } else {
          spread.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...spread);
      spreadLeft = spread.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const name = longOptionFor(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const written = arg.slice(2);
      const negated = negatedName(written, options, allowNegative);
      const name = negated ?? written;
      let value;
      let inlineValue;
      if (negated === undefined && optionProperty(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const written = arg.slice(2, equals);
      const name = negatedName(written, options, allowNegative) ?? written;
      tokens.push({
        kind: 'option', name, rawName: `--${written}`, index, value: arg.slice(equals + 1), inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(token, options, allowPositionals) {
  if (!Object.hasOwn(options, token.name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  }
  const short = optionProperty(options, token.name, 'short');
  const shortAndLong = short ? `-${short}, --${token.name}` : `--${token.name}`;
  const type = optionProperty(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// A value taken from the next argument that starts with a dash was probably meant as an option.
function checkOptionLikeValue(token) {
  const value = token.value;
  if (token.inlineValue || value == null || value.length <= 1 || value[0] !== '-') return;
  const raw = token.rawName;
  let example = `'--${token.name}=-XYZ'`;
  if (!raw.startsWith('--')) example += ` or '${raw}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${raw}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${raw}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  const name = token.name;
  if (name === '__proto__') return;
  let value = token.value ?? true;
  if (allowNegative && token.value === undefined && token.rawName.startsWith('--no-') && token.rawName !== `--${name}`) {
    value = false;
  }
  if (optionProperty(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = ownValue(config, 'args') ?? mainArguments();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) validateOptionConfig(longOption, optionConfig);

  const tokens = tokenize(args, options, allowNegative);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(token, options, allowPositionals);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
