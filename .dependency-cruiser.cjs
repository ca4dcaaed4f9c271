/**
 * The pipeline reads top to bottom: a layer imports only the layers beneath it (docs/architecture.md).
 * `npm run depcheck` fails on an import cycle or an import that points up.
 */
const layers = [
  ['cli', '^src/cli/'],
  ['action', '^src/action/'],
  ['lsp', '^src/lsp/'],
  ['pipeline', '^src/pipeline/'],
  ['format', '^src/format/'],
  ['grade', '^src/grade/'],
  ['rules', '^rules/'],
  ['lint', '^src/lint/'],
  ['schema', '^src/schema/'],
  ['k8s', '^src/k8s/'],
  ['resources', '^src/resources/'],
  ['yaml', '^src/yaml/'],
  ['load', '^src/load/'],
  ['base', '^src/[^/]+\\.ts$'],
];
// The entry points (cli, action, lsp) sit side by side at the top and never import each other.
const entryPoints = new Set(['cli', 'action', 'lsp']);

const upward = layers.flatMap(([name, pattern], index) => {
  const above = layers.slice(0, index).filter(([other]) => !(entryPoints.has(name) && entryPoints.has(other)));
  const siblings = entryPoints.has(name) ? layers.filter(([other]) => entryPoints.has(other) && other !== name) : [];
  const forbidden = [...above, ...siblings].map(([, otherPattern]) => otherPattern);
  if (forbidden.length === 0) return [];
  return [
    {
      name: `no-upward-from-${name}`,
      comment: `${name} may import only the layers beneath it`,
      severity: 'error',
      from: { path: pattern },
      to: { path: forbidden.join('|') },
    },
  ];
});

/** Rules see only the rule API and the Kubernetes kit, so a rule can be read and moved on its own. */
const rulesImportOnlyTheKit = {
  name: 'rules-import-only-the-kit',
  comment: 'a rule imports only src/lint/rule.ts (the rule API), src/k8s/ and src/types.ts',
  severity: 'error',
  from: { path: '^rules/[^/]+\\.ts$', pathNot: '^rules/index\\.ts$' },
  to: { path: '^src/', pathNot: '^src/(lint/rule\\.ts|k8s/|types\\.ts$)' },
};

module.exports = {
  forbidden: [
    { name: 'no-cycles', comment: 'modules never import each other, directly or around a loop', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
    rulesImportOnlyTheKit,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
