import { describe, expect, it } from 'vitest';
import { isShell, looksLikeServiceVariable, looksLikeVariableName, variableReferences } from '../../src/k8s/env-expansion.js';

const names = (text: string) => variableReferences(text).map((reference) => reference.name);

describe('variableReferences (Kubernetes expansion syntax)', () => {
  it('finds $(NAME) references with their offsets', () => {
    expect(variableReferences('traceroute -w $(TTW) -m $(MAX_HOPS)')).toEqual([
      { name: 'TTW', offset: 14 },
      { name: 'MAX_HOPS', offset: 24 },
    ]);
  });

  it('treats $$ as an escaped $, so $$(VAR) is no reference', () => {
    expect(names('$$(ESCAPED) $$$(REAL)')).toEqual(['REAL']);
  });

  it('reads the name up to the first ), as Kubernetes does', () => {
    expect(names('echo $(cat /run/secret/username) $(echo $(INNER))')).toEqual(['cat /run/secret/username', 'echo $(INNER']);
  });

  it('ignores an unclosed $( and a lone $', () => {
    expect(names('price: 5$ and $(UNCLOSED')).toEqual([]);
    expect(names('$')).toEqual([]);
    expect(names('$x $(A)')).toEqual(['A']);
  });
});

describe('reference classification', () => {
  it('accepts variable-like names, including - and .', () => {
    expect(['MAX_HOPS', 'MAX-HOPS', 'app.mode', '_x'].every(looksLikeVariableName)).toBe(true);
    expect(['cat /run/secret/username', '', '1X', 'a b'].some(looksLikeVariableName)).toBe(false);
  });

  it('recognises kubelet service variables', () => {
    expect(['REDIS_SERVICE_HOST', 'REDIS_SERVICE_PORT', 'REDIS_SERVICE_PORT_HTTP', 'DB_PORT', 'DB_PORT_5432_TCP_ADDR'].every(looksLikeServiceVariable)).toBe(
      true,
    );
    expect(looksLikeServiceVariable('MAX_HOPS')).toBe(false);
  });

  it('recognises shells by program name', () => {
    expect(['/bin/sh', 'sh', '/bin/bash', 'ash'].every(isShell)).toBe(true);
    expect(['traceroute', '/bin/shell-tool', undefined].some(isShell)).toBe(false);
  });
});
