// A static import that does not resolve: Node fails before any module of the graph runs.
import './fixtures/prints-at-once.mjs';
import { x } from './fixtures/no-such-file.mjs';
console.log('never', x);
