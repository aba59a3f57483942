// The layers of src/, lowest first. A folder may import its own layer and the layers below it,
// never one above; no cycles. The table in README.md ("Map of the code") is the same list.
const LAYERS = [
  ['core'],
  ['format'],
  ['adapters'],
  ['data'],
  ['model'],
  ['persistence', 'workers', 'plots'],
  ['store'],
  ['hooks', 'components'],
  ['widgets'],
  ['sections'],
  ['app'],
];

const folderPattern = (folders) => `^src/(${folders.join('|')})/`;
const appFiles = '^src/[^/]+\\.tsx?$';

const upwardRules = LAYERS.slice(0, -1).map((layer, index) => {
  const above = LAYERS.slice(index + 1).flat().filter((folder) => folder !== 'app');
  return {
    name: `no-upward-from-${layer.join('-')}`,
    comment: `${layer.join(', ')} may not import from the layers above it (${above.join(', ')}, App)`,
    severity: 'error',
    from: { path: folderPattern(layer) },
    to: { path: [folderPattern(above), appFiles] },
  };
});

// Folders in one layer stay independent of each other.
const siblingRules = LAYERS.filter((layer) => layer.length > 1).flatMap((layer) =>
  layer.map((folder) => ({
    name: `no-sideways-from-${folder}`,
    comment: `${folder} may not import its sibling folders in the same layer`,
    severity: 'error',
    from: { path: folderPattern([folder]) },
    to: { path: folderPattern(layer.filter((other) => other !== folder)) },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upwardRules,
    ...siblingRules,
    {
      name: 'core-is-pure',
      comment: 'src/core is plain TypeScript: no UI, store, parsing or plotting libraries',
      severity: 'error',
      from: { path: '^src/core/' },
      // One exception: stdlib's special functions are pure maths (the incomplete beta behind the t and F tails).
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/@stdlib/math-base-special-',
      },
    },
    {
      name: 'no-circular',
      comment: 'modules may not import each other in a circle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-folder-cycle-widgets',
      comment: 'widgets never reach up into the lessons',
      severity: 'error',
      from: { path: '^src/widgets/' },
      to: { path: '^src/sections/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^virtual:', '\\?raw$', '\\?worker'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
