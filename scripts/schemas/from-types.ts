/** Front-end for kubernetes-types: walks its .d.ts files with the TypeScript compiler API. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { apiextensionsPrefix, refTo, wellKnown, type JsonSchema, type KindEntry, type RawApi } from './model.js';

/** "core/v1" -> "io.k8s.api.core.v1": the OpenAPI package of each declaration file. */
function packageOf(relativeFile: string): string {
  const module = relativeFile.replace(/\.d\.ts$/, '').split(path.sep).join('/');
  const special: Record<string, string> = {
    'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
    'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
    runtime: 'io.k8s.apimachinery.pkg.runtime',
    version: 'io.k8s.apimachinery.pkg.version',
  };
  if (special[module]) return special[module];
  if (module.startsWith('apiextensions/')) return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${module.slice('apiextensions/'.length)}`;
  return `io.k8s.api.${module.replace('/', '.')}`;
}

function declarationFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...declarationFiles(full));
    else if (entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files.sort();
}

function stringLiteral(node: ts.TypeNode | undefined): string | undefined {
  return node && ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

export function rawApiFromTypes(packageDir: string): RawApi {
  const files = declarationFiles(packageDir);
  const program = ts.createProgram(files, { noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const definitions: Record<string, JsonSchema> = {};
  const kinds: KindEntry[] = [];

  const nameOf = (declaration: ts.Declaration & { name: ts.Identifier }): string =>
    `${packageOf(path.relative(packageDir, declaration.getSourceFile().fileName))}.${declaration.name.text}`;

  const describe = (node: ts.Node): string | undefined => {
    const symbol = (node as { symbol?: ts.Symbol }).symbol;
    const text = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() : '';
    return text || undefined;
  };

  const reference = (node: ts.TypeReferenceNode, where: string): JsonSchema => {
    const name = node.typeName.getText();
    if (name === 'Array' && node.typeArguments?.length === 1) return { type: 'array', items: convert(node.typeArguments[0]!, where) };
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    if (!declaration || !(ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) throw new Error(`${where}: cannot resolve type ${name}`);
    return refTo(nameOf(declaration));
  };

  const convert = (node: ts.TypeNode, where: string): JsonSchema => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        // Every number in the Kubernetes API is an integer; the back-end restores the few floats.
        return { type: 'integer' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { type: 'string' };
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: convert(node.elementType, where) };
    if (ts.isParenthesizedTypeNode(node)) return convert(node.type, where);
    if (ts.isTypeReferenceNode(node)) return reference(node, where);
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.map((member) => member.getText()).sort();
      if (members.join('|') === 'number|string') return refTo(wellKnown.intOrString);
      return { anyOf: node.types.map((member) => convert(member, where)) };
    }
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1) return { type: 'object', additionalProperties: convert(index.type, where) };
      return objectSchema(node.members, where);
    }
    throw new Error(`${where}: unsupported type syntax ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
  };

  const objectSchema = (members: ts.NodeArray<ts.TypeElement>, where: string): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${where}: unsupported member ${member.getText()}`);
      const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
      const schema = convert(member.type, `${where}.${name}`);
      const description = describe(member);
      properties[name] = description ? { ...schema, description } : schema;
      if (!member.questionToken) required.push(name);
    }
    return { type: 'object', properties, ...(required.length > 0 ? { required: required.sort() } : {}) };
  };

  for (const file of files) {
    const source = program.getSourceFile(file)!;
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement)) {
        if (statement.heritageClauses?.length) throw new Error(`${statement.name.text}: interfaces that extend others are not expected`);
        const name = nameOf(statement);
        const members = statement.members;
        // An empty interface (JSON, RawExtension) stands for arbitrary JSON.
        const schema: JsonSchema = members.length === 0 ? {} : objectSchema(members, name);
        const description = describe(statement);
        definitions[name] = description ? { ...schema, description } : schema;
        const kindMember = members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText() === 'kind');
        const apiVersionMember = members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText() === 'apiVersion');
        const kind = stringLiteral(kindMember?.type);
        const apiVersion = stringLiteral(apiVersionMember?.type);
        // meta/v1 envelopes (Status, APIGroup...) are responses, never manifests.
        if (kind && apiVersion && !name.startsWith('io.k8s.apimachinery.')) kinds.push({ apiVersion, kind, definition: name });
      } else if (ts.isTypeAliasDeclaration(statement)) {
        const name = nameOf(statement);
        const description = describe(statement);
        const schema = convert(statement.type, name);
        definitions[name] = description ? { ...schema, description } : schema;
      }
    }
  }
  restoreSchemaExtensions(definitions);
  restoreTruncatedProperties(definitions);
  return { definitions, kinds };
}

const stringList = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });

/**
 * kubernetes-types loses a property whose description contains the characters that close a
 * comment (resource patterns such as 'pods/*' and '*' + '/scale'), and every property after it in
 * that interface. These are the interfaces it hits, with the properties the API has there.
 */
const truncatedInterfaces: { name: RegExp; properties: Record<string, JsonSchema>; required?: string[] }[] = [
  {
    name: /^io\.k8s\.api\.admissionregistration\.v1\w*\.(Named)?RuleWithOperations$/,
    properties: {
      resources: stringList('Resources is a list of resources this rule applies to.'),
      scope: { type: 'string', description: 'scope specifies the scope of this rule: Cluster, Namespaced or * (the default).' },
    },
  },
  {
    name: /^io\.k8s\.api\.authorization\.v1\w*\.ResourceRule$/,
    properties: { resources: stringList('Resources is a list of resources this rule applies to.'), verbs: stringList('Verb is a list of kubernetes resource API verbs, like: get, list, watch, create, update, delete, proxy.') },
    required: ['verbs'],
  },
  {
    name: /^io\.k8s\.api\.rbac\.v1\w*\.PolicyRule$/,
    properties: { resources: stringList('Resources is a list of resources this rule applies to.'), verbs: stringList('Verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule.') },
    required: ['verbs'],
  },
];

function restoreTruncatedProperties(definitions: Record<string, JsonSchema>): void {
  for (const [name, schema] of Object.entries(definitions)) {
    const repair = truncatedInterfaces.find((entry) => entry.name.test(name));
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    if (!repair || !properties) continue;
    for (const [field, property] of Object.entries(repair.properties)) {
      if (properties[field]) continue;
      properties[field] = property;
      if (repair.required?.includes(field)) schema.required = [...((schema.required as string[] | undefined) ?? []), field].sort();
    }
  }
}

/** JSONSchemaProps fields whose names are not TypeScript identifiers, which kubernetes-types leaves out (all served since 1.17; validations since 1.23). */
const schemaExtensions: Record<string, JsonSchema> = {
  'x-kubernetes-embedded-resource': { type: 'boolean', description: 'The value is an embedded Kubernetes object, with apiVersion, kind and metadata.' },
  'x-kubernetes-int-or-string': { type: 'boolean', description: 'The value is either an integer or a string.' },
  'x-kubernetes-list-map-keys': { type: 'array', items: { type: 'string' }, description: 'The keys that identify an item of a list of type map.' },
  'x-kubernetes-list-type': { type: 'string', description: 'The topology of a list: atomic, set or map.' },
  'x-kubernetes-map-type': { type: 'string', description: 'The topology of an object: granular or atomic.' },
  'x-kubernetes-preserve-unknown-fields': { type: 'boolean', description: 'Stops the API server from pruning fields that the schema does not specify.' },
};

function restoreSchemaExtensions(definitions: Record<string, JsonSchema>): void {
  for (const [name, schema] of Object.entries(definitions)) {
    if (!name.startsWith(apiextensionsPrefix) || !name.endsWith('.JSONSchemaProps')) continue;
    const properties = schema.properties as Record<string, JsonSchema>;
    Object.assign(properties, schemaExtensions);
    const validationRule = `${name.slice(0, -'JSONSchemaProps'.length)}ValidationRule`;
    if (definitions[validationRule]) {
      properties['x-kubernetes-validations'] = { type: 'array', items: refTo(validationRule), description: 'Validation rules written in the CEL expression language.' };
    }
  }
}
