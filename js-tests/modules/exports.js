// package.json "exports" and "imports" under require(): a string, subpath maps, patterns,
// conditions (require/node/default, nested), exclusions, fallbacks, a package naming itself,
// and the errors of each.
const path = require('path');
const { createRequire } = require('module');

const root = path.join(__dirname, 'fixtures', 'pkgs');
const requireFromApp = createRequire(path.join(root, 'entry.js'));
const show = (request, load = requireFromApp) => {
  try {
    console.log(request, '->', load(request));
  } catch (error) {
    console.log(request, '!!', error.name, error.code, error.message.replaceAll(root, '<root>'));
  }
};

show('exp-string');
show('exp-map');
show('exp-map/feature');
show('exp-map/utils/a');
show('exp-map/utils/private/b');
show('exp-map/cjs.js');
show('exp-map/missing');
show('exp-map/bad');
show('exp-map/array');
show('exp-map/package.json');
show('exp-cond');
show('exp-nomain');
show('exp-nomain/only');
show('@scope/pkg');
show('fixture-app');
show('fixture-app/sub');
show('fixture-app/other');
show('#dep');
show('#lib/x');
show('#feature');
show('#cond');
show('#missing');
show('#nothing');
show('#');
show('badjson');
console.log(requireFromApp.resolve('exp-map').replace(root, '<root>'));
console.log(requireFromApp.resolve('#lib/x').replace(root, '<root>'));
