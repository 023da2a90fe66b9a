'use strict';
// Deep equality as Node 20 decides it, for assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual.
//
// Loose mode compares primitives with `==` (NaN equals NaN), ignores prototypes and symbol keys.
// Strict mode compares primitives with Object.is, wants the same prototype on both sides and
// counts enumerable own symbol keys. In both modes the Object.prototype.toString tags must match,
// only enumerable own properties are compared, and Maps and Sets match their entries regardless
// of order (object keys by deep equality, which makes those O(n²)).

const {
  types: {
    isDate,
    isRegExp,
    isMap,
    isSet,
    isNativeError,
    isAnyArrayBuffer,
    isBoxedPrimitive,
    isNumberObject,
    isStringObject,
    isBooleanObject,
    isBigIntObject,
    isSymbolObject,
    typedArrayTagOf,
  },
} = require('internal/util/inspect');

const objectToString = (value) => Object.prototype.toString.call(value);
const hasOwn = Object.hasOwn;
const isEnumerableOwn = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const isView = ArrayBuffer.isView;

// How the entries beyond an object's keys are walked.
const ENTRIES_NONE = 0;
const ENTRIES_INDEXED = 1;
const ENTRIES_SET = 2;
const ENTRIES_MAP = 3;
// Errors: their `cause` and `errors`, own or inherited, enumerable or not.
const ENTRIES_ERROR = 4;

const maxArrayIndex = 2 ** 32 - 2;

function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const number = Number(key);
  return Number.isInteger(number) && number >= 0 && number <= maxArrayIndex && String(number) === key;
}

// Enumerable own keys that are not indices; symbols only in strict mode.
function enumerableNamedKeys(object, withSymbols) {
  const keys = [];
  for (const key of Reflect.ownKeys(object)) {
    if (typeof key === 'symbol' ? !withSymbols : isIndexKey(key)) continue;
    if (isEnumerableOwn(object, key)) keys.push(key);
  }
  return keys;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function byteView(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Float arrays in loose mode: element-wise `===`, so 0 equals -0 and NaN never equals NaN.
function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// Objects of these kinds are only ever equal to their own kind.
function hasSpecialKind(value) {
  return Array.isArray(value) || isView(value) || isSet(value) || isMap(value) || isDate(value) ||
    isRegExp(value) || isAnyArrayBuffer(value) || isBoxedPrimitive(value) || isErrorLike(value);
}

function deepEqual(a, b, strict, seen) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    const aIsObject = a !== null && typeof a === 'object';
    const bIsObject = b !== null && typeof b === 'object';
    if (!aIsObject || !bIsObject) {
      // eslint-disable-next-line eqeqeq
      return !aIsObject && !bIsObject && (a == b || (Number.isNaN(a) && Number.isNaN(b)));
    }
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const aKeys = enumerableNamedKeys(a, strict);
    if (aKeys.length !== enumerableNamedKeys(b, strict).length) return false;
    return compareEntries(a, b, strict, seen, ENTRIES_INDEXED, aKeys);
  }
  if (tag === '[object Object]') return compareEntries(a, b, strict, seen, ENTRIES_NONE);
  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    // The stack is left out: equal errors made in different places still compare equal.
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    return compareEntries(a, b, strict, seen, ENTRIES_ERROR);
  } else if (isView(a)) {
    const floats = !strict && (typedArrayTagOf(a) === 'Float32Array' || typedArrayTagOf(a) === 'Float64Array');
    if (floats ? !sameFloats(a, b) : !sameBytes(byteView(a), byteView(b))) return false;
    const aKeys = enumerableNamedKeys(a, strict);
    if (aKeys.length !== enumerableNamedKeys(b, strict).length) return false;
    return compareEntries(a, b, strict, seen, ENTRIES_NONE, aKeys);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareEntries(a, b, strict, seen, ENTRIES_SET);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareEntries(a, b, strict, seen, ENTRIES_MAP);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (hasSpecialKind(b)) {
    return false;
  }
  return compareEntries(a, b, strict, seen, ENTRIES_NONE);
}

// Compares the keys (given, or the enumerable own string keys plus, in strict mode, symbols),
// then the entries.
function compareEntries(a, b, strict, seen, entries, aKeys) {
  if (aKeys === undefined) {
    aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
    for (const key of aKeys) {
      if (!isEnumerableOwn(b, key)) return false;
    }
    if (strict && !sameSymbolKeys(a, b, aKeys)) return false;
  } else {
    for (const key of aKeys) {
      if (!isEnumerableOwn(b, key)) return false;
    }
  }

  if (aKeys.length === 0 &&
      (entries === ENTRIES_NONE || (entries === ENTRIES_INDEXED && a.length === 0) || a.size === 0)) {
    return true;
  }

  return enterPair(a, b, strict, aKeys, seen, entries);
}

// Cycle tracking as Node 20 does it. The first pair and one pair below it are remembered in
// plain fields; from two levels down, a single set holds every object being compared, both
// sides mixed. A pair whose two objects are both in it counts as equal (even when they were
// never compared with each other), and a comparison that fails leaves its objects there.
function enterPair(a, b, strict, keys, seen, entries) {
  if (seen === undefined) {
    seen = { objects: undefined, left: a, right: b, childLeft: undefined, childRight: undefined, inChild: false };
    return compareContents(a, b, strict, keys, seen, entries);
  }
  if (seen.objects === undefined) {
    if (!seen.inChild) {
      if (seen.left === a && seen.right === b) return true;
      seen.childLeft = a;
      seen.childRight = b;
      seen.inChild = true;
      const equal = compareContents(a, b, strict, keys, seen, entries);
      seen.inChild = false;
      return equal;
    }
    seen.objects = new Set([seen.left, seen.right, seen.childLeft, seen.childRight]);
  }
  const { objects } = seen;
  if (objects.has(a) && objects.has(b)) return true;
  objects.add(a);
  objects.add(b);
  if (!compareContents(a, b, strict, keys, seen, entries)) return false;
  objects.delete(a);
  objects.delete(b);
  return true;
}

// Adds a's enumerable symbol keys to aKeys; b must have the same ones, and no others.
function sameSymbolKeys(a, b, aKeys) {
  const aSymbols = Object.getOwnPropertySymbols(a);
  let enumerableCount = 0;
  for (const key of aSymbols) {
    if (isEnumerableOwn(a, key)) {
      if (!isEnumerableOwn(b, key)) return false;
      aKeys.push(key);
      enumerableCount++;
    } else if (isEnumerableOwn(b, key)) {
      return false;
    }
  }
  const bSymbols = Object.getOwnPropertySymbols(b);
  if (bSymbols.length === aSymbols.length) return true;
  return bSymbols.filter((key) => isEnumerableOwn(b, key)).length === enumerableCount;
}

function compareContents(a, b, strict, keys, seen, entries) {
  if (entries === ENTRIES_SET) {
    if (!sameSetEntries(a, b, strict, seen)) return false;
  } else if (entries === ENTRIES_MAP) {
    if (!sameMapEntries(a, b, strict, seen)) return false;
  } else if (entries === ENTRIES_ERROR) {
    if (!deepEqual(a.cause, b.cause, strict, seen) || !deepEqual(a.errors, b.errors, strict, seen)) return false;
  } else if (entries === ENTRIES_INDEXED) {
    for (let i = 0; i < a.length; i++) {
      if (!hasOwn(a, i)) {
        if (hasOwn(b, i)) return false;
        return sameSparseArrays(a, b, strict, seen);
      }
      if (!hasOwn(b, i) || !deepEqual(a[i], b[i], strict, seen)) return false;
    }
  }
  for (const key of keys) {
    if (!deepEqual(a[key], b[key], strict, seen)) return false;
  }
  return true;
}

// Once a hole shows up, every enumerable own key is compared, indices and names alike.
function sameSparseArrays(a, b, strict, seen) {
  const aKeys = Object.keys(a);
  for (const key of aKeys) {
    if (!hasOwn(b, key) || !deepEqual(a[key], b[key], strict, seen)) return false;
  }
  return aKeys.length === Object.keys(b).length;
}

const isObjectValue = (value) => value !== null && typeof value === 'object';

// For a primitive of one side that the other lacks, loose mode may still find an `==` partner:
// true: maybe, look further; false: no; otherwise the one value to look for (null <-> undefined).
function loosePartner(primitive) {
  switch (typeof primitive) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': return !Number.isNaN(+primitive);
    case 'number': return !Number.isNaN(primitive);
    default: return true;
  }
}

function takeDeepEqual(candidates, value, strict, seen) {
  for (const candidate of candidates) {
    if (deepEqual(candidate, value, strict, seen)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameSetEntries(a, b, strict, seen) {
  // a's entries b does not hold as such: objects, and loose-mode primitives needing a partner.
  let pending = null;
  for (const value of a) {
    if (isObjectValue(value)) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      const partner = loosePartner(value);
      if (typeof partner === 'boolean') {
        if (!partner) return false;
      } else if (!b.has(partner) || a.has(partner)) {
        return false;
      }
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObjectValue(value)) {
      if (!takeDeepEqual(pending, value, strict, seen)) return false;
    } else if (!strict && !a.has(value) && !takeDeepEqual(pending, value, strict, seen)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(pendingKeys, map, key, value, strict, seen) {
  for (const candidate of pendingKeys) {
    if (deepEqual(candidate, key, strict, seen) && deepEqual(map.get(candidate), value, strict, seen)) {
      pendingKeys.delete(candidate);
      return true;
    }
  }
  return false;
}

function sameMapEntries(a, b, strict, seen) {
  let pendingKeys = null;
  for (const [key, value] of a) {
    if (isObjectValue(key)) {
      (pendingKeys ??= new Set()).add(key);
      continue;
    }
    const other = b.get(key);
    if ((other === undefined && !b.has(key)) || !deepEqual(value, other, strict, seen)) {
      if (strict) return false;
      const partner = loosePartner(key);
      if (typeof partner === 'boolean') {
        if (!partner) return false;
      } else {
        const partnerValue = b.get(partner);
        if ((partnerValue === undefined && !b.has(partner)) || a.has(partner) ||
            !deepEqual(value, partnerValue, false, seen)) {
          return false;
        }
      }
      (pendingKeys ??= new Set()).add(key);
    }
  }
  if (pendingKeys === null) return true;
  for (const [key, value] of b) {
    if (isObjectValue(key)) {
      if (!takeEqualEntry(pendingKeys, a, key, value, strict, seen)) return false;
    } else if (!strict && (!a.has(key) || !deepEqual(a.get(key), value, false, seen)) &&
               !takeEqualEntry(pendingKeys, a, key, value, false, seen)) {
      return false;
    }
  }
  return pendingKeys.size === 0;
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
