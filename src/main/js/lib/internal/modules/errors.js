'use strict';
// The errors of module resolution and loading, with Node 20's codes and wording. `base` is the
// importing file's path (or undefined when Node names none).

const { makeNodeError } = require('internal/errors');

const importedFrom = (base) => (base ? ` imported from ${base}` : '');

function withProps(error, props) {
  for (const key of Object.keys(props)) if (props[key] !== undefined) error[key] = props[key];
  return error;
}

module.exports = {
  // `exactUrl`: a file (Cannot find module, with the error's url) rather than a package.
  moduleNotFound(target, base, exactUrl) {
    const error = makeNodeError(Error, 'ERR_MODULE_NOT_FOUND',
      `Cannot find ${exactUrl ? 'module' : 'package'} '${target}'${importedFrom(base)}`);
    return withProps(error, { url: exactUrl });
  },
  unsupportedDirImport(target, base, url) {
    const error = makeNodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${target}' is not supported resolving ES modules${importedFrom(base)}`);
    return withProps(error, { url });
  },
  packagePathNotExported(packageDir, subpath, base) {
    return makeNodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
      ? `No "exports" main defined in ${packageDir}package.json${importedFrom(base)}`
      : `Package subpath '${subpath}' is not defined by "exports" in ${packageDir}package.json${importedFrom(base)}`);
  },
  invalidPackageTarget(packageDir, key, target, isImports, base) {
    const relativeError = typeof target === 'string' && !isImports && target.length > 0 && !target.startsWith('./');
    const hint = relativeError ? '; targets must start with "./"' : '';
    const shown = JSON.stringify(target);
    return makeNodeError(Error, 'ERR_INVALID_PACKAGE_TARGET', key === '.'
      ? `Invalid "exports" main target ${shown} defined in the package config ${packageDir}package.json${importedFrom(base)}${hint}`
      : `Invalid "${isImports ? 'imports' : 'exports'}" target ${shown} defined for '${key}' in the package config ` +
        `${packageDir}package.json${importedFrom(base)}${hint}`);
  },
  invalidPackageConfig(jsonPath, base, detail) {
    return makeNodeError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
      `Invalid package config ${jsonPath}${base ? ` while importing ${base}` : ''}${detail ? `. ${detail}` : ''}`);
  },
  packageImportNotDefined(specifier, packageDir, base) {
    return makeNodeError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
      `Package import specifier "${specifier}" is not defined${packageDir ? ` in package ${packageDir}package.json` : ''}` +
      importedFrom(base));
  },
  invalidModuleSpecifier(request, reason, base) {
    return makeNodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${request}" ${reason}${importedFrom(base)}`);
  },
  unsupportedEsmUrlScheme(protocol) {
    return makeNodeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. ' +
      `Received protocol '${protocol}'`);
  },
  unknownBuiltin(name) {
    return makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
  },
  // A built-in Node has and datagraal does not provide.
  builtinNotProvided(request, id) {
    return makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
      `Cannot find module '${request}': the Node.js built-in module '${id}' is not supported by datagraal yet`);
  },
  unknownFileExtension(extension, filename) {
    return makeNodeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${extension}" for ${filename}`);
  },
  importAttributeMissing(url) {
    return makeNodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module "${url}" needs an import attribute of type "json"`);
  },
  requireAsyncModule(parentFilename, filename) {
    return makeNodeError(Error, 'ERR_REQUIRE_ASYNC_MODULE',
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the ' +
      'top-level await comes from, use --experimental-print-required-tla.' +
      (parentFilename ? `\n  From ${parentFilename} ` : '') + (filename ? `\n  Requiring ${filename} ` : ''));
  },
};
