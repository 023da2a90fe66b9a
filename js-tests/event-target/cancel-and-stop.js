// preventDefault, cancelable, passive (Node 20 still honours preventDefault there), returnValue,
// stopImmediatePropagation, stopPropagation and cancelBubble, initEvent.
const log = (...args) => console.log(...args);

const target = new EventTarget();
target.addEventListener('p', (e) => { e.preventDefault(); log('passive listener', e.defaultPrevented); }, { passive: true });
target.addEventListener('p', (e) => {
  log('returnValue', e.returnValue);
  e.preventDefault();
  log('prevented', e.defaultPrevented, e.returnValue);
});
log('cancelable result', target.dispatchEvent(new Event('p', { cancelable: true })));
log('non-cancelable result', target.dispatchEvent(new Event('p')));

const prevented = new Event('q', { cancelable: true });
prevented.preventDefault();
log('prevented outside', prevented.defaultPrevented, prevented.returnValue, new EventTarget().dispatchEvent(prevented));
prevented.returnValue = true;
log('returnValue has no setter', prevented.returnValue);

const t2 = new EventTarget();
t2.addEventListener('s', (e) => { log('s1'); e.stopImmediatePropagation(); log('cancelBubble', e.cancelBubble); });
t2.addEventListener('s', () => log('s2 (not called)'));
log('stopImmediatePropagation result', t2.dispatchEvent(new Event('s')));
log('next dispatch still works');
t2.dispatchEvent(new Event('s'));

const t3 = new EventTarget();
t3.addEventListener('s', (e) => { log('p1'); e.stopPropagation(); log('cancelBubble', e.cancelBubble); });
t3.addEventListener('s', () => log('p2 still called'));
t3.dispatchEvent(new Event('s'));

const e1 = new Event('x');
e1.cancelBubble = false;
log('cancelBubble false', e1.cancelBubble);
e1.cancelBubble = 1;
log('cancelBubble truthy', e1.cancelBubble);

const e2 = new Event('a');
e2.initEvent('b', true, true);
log('initEvent', e2.type, e2.bubbles, e2.cancelable);
const e3 = new Event('a', { bubbles: 1, cancelable: 'yes', composed: {} });
log('options', e3.bubbles, e3.cancelable, e3.composed, e3.isTrusted);
const e4 = new Event('a', null);
log('null options', e4.bubbles, e4.cancelable);
log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
log('timeStamp is a number', typeof e4.timeStamp, e4.timeStamp > 0);
log('timeStamps grow', new Event('later').timeStamp >= e4.timeStamp);

const custom = new CustomEvent('c', { detail: { n: 1 } });
log('CustomEvent', custom.detail, custom instanceof Event, new CustomEvent('d').detail);
