import { isAlias, isMap, isPair, isSeq, type Node } from 'yaml';

/**
 * The first alias ("*name") with no anchor ("&name") before it. yaml leaves these to toJS, which
 * fails with the same error as an alias bomb; a beginner's unquoted "*.log" is one of these.
 */
export function firstUndefinedAlias(root: Node | null): Node | undefined {
  const anchors = new Set<string>();
  const stack: unknown[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (isAlias(node)) {
      if (!anchors.has(node.source)) return node;
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.add(anchor);
    if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return undefined;
}
