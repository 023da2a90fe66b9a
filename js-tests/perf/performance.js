// performance: now() and timeOrigin (checked, not printed), mark/measure and the entry buffers,
// toJSON, nodeTiming, and the errors of the user timing API.
const { performance: fromModule, PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance } =
  require('perf_hooks');
const util = require('util');
const hideNumbers = (text) => text.replace(/(startTime|duration|timeOrigin): [\d.e+-]+/g, '$1: <n>');

console.log('same object', fromModule === performance, performance instanceof Performance, performance instanceof EventTarget);
const first = performance.now();
const second = performance.now();
console.log('now', typeof first, first > 0, second >= first);
const wall = Date.now();
console.log('timeOrigin', typeof performance.timeOrigin, performance.timeOrigin <= wall,
  Math.abs(performance.timeOrigin + performance.now() - wall) < 1000);
console.log('toJSON keys', Object.keys(performance.toJSON()), Object.keys(performance.toJSON().nodeTiming));
console.log('elu keys', Object.keys(performance.eventLoopUtilization()));
console.log('nodeTiming', performance.nodeTiming.name, performance.nodeTiming.entryType, performance.nodeTiming.startTime,
  performance.nodeTiming.loopStart, performance.nodeTiming.constructor.name);

const mark = performance.mark('a', { detail: { x: 1 } });
console.log('mark', mark.constructor.name, mark.name, mark.entryType, typeof mark.startTime, mark.duration, mark.detail,
  mark instanceof PerformanceEntry);
console.log(Object.keys(mark.toJSON()), Object.prototype.toString.call(mark));
console.log(hideNumbers(util.inspect(mark)));
console.log(util.inspect({ mark }, { depth: 0 }), util.inspect(mark, { depth: -1 }));
const detail = { nested: [1] };
const cloned = performance.mark('cloned', { detail });
console.log('detail is a copy', cloned.detail !== detail, cloned.detail);
const atTen = performance.mark('ten', { startTime: 10 });
const atForty = performance.mark('forty', { startTime: 40 });
console.log('explicit start', atTen.startTime, atForty.startTime);
const between = performance.measure('ten-to-forty', 'ten', 'forty');
console.log('measure', between.constructor.name, between.entryType, between.startTime, between.duration, between.detail);
console.log(JSON.stringify(between));
const byOptions = performance.measure('opts', { start: 10, end: 30, detail: 'd' });
console.log('options', byOptions.startTime, byOptions.duration, byOptions.detail);
const byDuration = performance.measure('dur', { start: 10, duration: 5 });
console.log('start+duration', byDuration.startTime, byDuration.duration);
const endDuration = performance.measure('enddur', { end: 40, duration: 5 });
console.log('end+duration', endDuration.startTime, endDuration.duration);
const fromMark = performance.measure('from-ten', 'ten');
console.log('from a mark to now', fromMark.startTime, fromMark.duration > 0);
const toMark = performance.measure('to-forty', undefined, 'forty');
console.log('from 0 to a mark', toMark.startTime, toMark.duration);
const milestone = performance.measure('milestone', 'nodeStart');
console.log('milestone', milestone.startTime >= 0);
console.log('detail only', performance.measure('detail-only', { detail: 1 }).startTime);

performance.clearMarks('a');
performance.clearMarks('cloned');
performance.clearMeasures('from-ten');
performance.clearMeasures('milestone');
performance.clearMeasures('detail-only');
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`));
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByType('measure').length);
console.log(performance.getEntriesByName('ten').length, performance.getEntriesByName('ten', 'measure').length,
  performance.getEntriesByName('opts', 'measure').length, performance.getEntriesByType('resource'));
performance.clearMarks();
performance.clearMeasures();
console.log('cleared', performance.getEntries().length);

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message));
  }
}
attempt('measure unknown mark', () => performance.measure('x', 'nope'));
attempt('end resolved first', () => performance.measure('x', 'nope1', 'nope2'));
attempt('mark without name', () => performance.mark());
attempt('mark options number', () => performance.mark('x', 5));
attempt('mark negative start', () => performance.mark('x', { startTime: -1 }));
attempt('mark string start', () => performance.mark('x', { startTime: '1' }));
attempt('mark milestone name', () => performance.mark('nodeStart'));
attempt('mark symbol name', () => performance.mark(Symbol('s')));
attempt('mark uncloneable detail', () => performance.mark('x', { detail: () => {} }));
attempt('measure without name', () => performance.measure());
attempt('measure start+end+duration', () => performance.measure('x', { start: 1, end: 2, duration: 1 }));
attempt('measure options and endMark', () => performance.measure('x', { start: 1 }, 'z'));
attempt('measure negative start', () => performance.measure('x', { start: -5 }));
attempt('getEntriesByName()', () => performance.getEntriesByName());
attempt('getEntriesByType()', () => performance.getEntriesByType());
attempt('now on object', () => performance.now.call({}));
attempt('new Performance', () => new Performance());
attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());
attempt('new PerformanceMark', () => new PerformanceMark('q', { startTime: 3 }).startTime);
console.log('marks made by the constructor are not buffered', performance.getEntries().length);
console.log(util.inspect(performance, { depth: 0 }), util.inspect({ p: performance }, { depth: 0 }));
console.log(Object.prototype.toString.call(performance), performance.constructor.name);
