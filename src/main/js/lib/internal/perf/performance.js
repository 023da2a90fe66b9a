'use strict';
// The `performance` object (an EventTarget, as in Node) with its user timing part: now(),
// timeOrigin, mark()/measure() and their entry buffers, nodeTiming, toJSON() and
// eventLoopUtilization(). Observers, histograms, resource timing and timerify() are not here.
//
// datagraal's loop does not count its idle time: nodeTiming.idleTime stays 0, so
// eventLoopUtilization() reports every moment since the loop started as active.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
  makeNodeError,
} = require('internal/errors');
const { validateNumber, validateObject } = require('internal/validators');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { now, timeOrigin } = require('internal/perf/utils');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kInternal = Symbol('kInternal');

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

let structuredCloneFunction;
function cloneDetail(detail) {
  if (detail == null) return null;
  structuredCloneFunction ??= require('internal/structured_clone').structuredClone;
  return structuredCloneFunction(detail);
}

function nestedOptions(options) {
  return { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

function makeEnumerable(proto, keys) {
  for (const key of keys) Object.defineProperty(proto, key, { enumerable: true });
}

function invalidTimestamp(value) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${value} is not a valid timestamp`);
}

function invalidMeasureOptions(message) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
}

// ---------------------------------------------------------------------------------------------
// Entries

function checkEntry(value) {
  if (value === null || typeof value !== 'object' || !(kEntryType in value)) {
    throw new ERR_INVALID_THIS('PerformanceEntry');
  }
}

class PerformanceEntry {
  constructor(key = undefined, name = undefined, type = undefined, start = 0, duration = 0) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    checkEntry(this);
    return this[kName];
  }

  get entryType() {
    checkEntry(this);
    return this[kEntryType];
  }

  get startTime() {
    checkEntry(this);
    return this[kStartTime];
  }

  get duration() {
    checkEntry(this);
    return this[kDuration];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), nestedOptions(options))}`;
  }

  toJSON() {
    checkEntry(this);
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
makeEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
defineToStringTag(PerformanceEntry.prototype, 'PerformanceEntry');

// The names of nodeTiming's milestones, which measure() accepts as marks and mark() refuses.
const milestoneNames = ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete'];

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options', { nullable: true });
    if (milestoneNames.includes(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw invalidTimestamp(startTime);
    const detail = cloneDetail(options?.detail);
    super(kInternal, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    checkEntry(this);
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
makeEnumerable(PerformanceMark.prototype, ['detail', 'toJSON']);
defineToStringTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, name = undefined, start = 0, duration = 0, detail = null) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kInternal, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() {
    checkEntry(this);
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
makeEnumerable(PerformanceMeasure.prototype, ['detail', 'toJSON']);
defineToStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

// ---------------------------------------------------------------------------------------------
// nodeTiming

// The loop is taken as started when the first check phase runs (an unref'd immediate notices it).
let loopStart = -1;
const loopProbe = setImmediate(() => {
  loopStart = now();
});
loopProbe.unref();

class PerformanceNodeTiming {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), nestedOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

// Own getters, in Node's order. The JVM and GraalJS start before the origin datagraal can see, so
// the milestones before the script are all 0 here.
const nodeTiming = new PerformanceNodeTiming(kInternal);
const timingValues = {
  name: () => 'node',
  entryType: () => 'node',
  startTime: () => 0,
  duration: () => now(),
  nodeStart: () => 0,
  v8Start: () => 0,
  environment: () => 0,
  loopStart: () => loopStart,
  loopExit: () => -1,
  bootstrapComplete: () => 0,
  idleTime: () => 0,
  // The loop does not count its iterations or events for JS to see.
  uvMetricsInfo: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }),
};
for (const [key, get] of Object.entries(timingValues)) {
  Object.defineProperty(nodeTiming, key, { get, enumerable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Performance

const marks = [];
const measures = [];

function checkPerformance(value) {
  if (!(value instanceof Performance) || !(kInternal in value)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'Performance', value);
  }
}

// The time a measure() argument stands for: a timestamp, a milestone or the latest such mark.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw invalidTimestamp(name);
    return name;
  }
  name = `${name}`;
  if (milestoneNames.includes(name)) return nodeTiming[name];
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i][kName] === name) return marks[i][kStartTime];
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function entriesByStartTime() {
  return [...marks, ...measures].sort((a, b) => a[kStartTime] - b[kStartTime]);
}

function removeEntries(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i][kName] === name) list.splice(i, 1);
  }
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kInternal] = true;
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    removeEntries(marks, name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    removeEntries(measures, name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
  }

  getEntries() {
    checkPerformance(this);
    return entriesByStartTime();
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    let entries;
    if (type === undefined) entries = entriesByStartTime();
    else if (`${type}` === 'mark') entries = marks;
    else if (`${type}` === 'measure') entries = measures;
    else return [];
    return entries.filter((entry) => entry[kName] === name);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return marks.slice();
    if (type === 'measure') return measures.slice();
    return [];
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    marks.push(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    let start;
    let end;
    let duration;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified');
      ({ start, end, duration } = startOrOptions);
      detail = startOrOptions.detail;
      if (start !== undefined && end !== undefined && duration !== undefined) {
        throw invalidMeasureOptions('Must not have options.start, options.end, and options.duration specified');
      }
    } else {
      start = startOrOptions ?? undefined;
      end = endMark;
    }
    let endTime;
    if (end !== undefined) endTime = markTime(end);
    else if (start !== undefined && duration !== undefined) endTime = markTime(start) + markTime(duration);
    else endTime = now();
    let startTime;
    if (start !== undefined) startTime = markTime(start);
    else if (duration !== undefined && end !== undefined) startTime = endTime - markTime(duration);
    else startTime = 0;
    const measure = new PerformanceMeasure(kInternal, name, startTime, endTime - startTime, cloneDetail(detail));
    measures.push(measure);
    return measure;
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  // Cumulative since the loop started, or the change since `first` (to `second`).
  eventLoopUtilization(first = undefined, second = undefined) {
    checkPerformance(this);
    const active = loopStart < 0 ? 0 : now() - loopStart;
    const current = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
    if (first === undefined) return current;
    const to = second ?? current;
    const activeDelta = to.active - first.active;
    const idleDelta = to.idle - first.idle;
    const total = activeDelta + idleDelta;
    return { idle: idleDelta, active: activeDelta, utilization: total > 0 ? activeDelta / total : 0 };
  }

  get nodeTiming() {
    checkPerformance(this);
    return nodeTiming;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming, timeOrigin }, nestedOptions(options))}`;
  }
}
makeEnumerable(Performance.prototype, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName', 'getEntriesByType',
  'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON', 'eventLoopUtilization',
  'nodeTiming',
]);
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
defineToStringTag(Performance.prototype, 'Performance');

const performance = new Performance(kInternal);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
};
