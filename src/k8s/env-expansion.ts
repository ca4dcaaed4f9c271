/** A `$(NAME)` reference found in a string, as Kubernetes' expansion reads it. */
export interface VariableReference {
  name: string;
  /** Offset of the `$` in the string. */
  offset: number;
}

/**
 * The `$(...)` references Kubernetes would try to expand in a command, an argument or an env value
 * (k8s.io/kubernetes third_party/forked/golang/expansion): `$$` is an escaped `$`, `$(` without a
 * closing `)` is left as is, and the name runs to the first `)` — so `$(cat /file)` yields the
 * "name" `cat /file`, which never matches a variable and is left for the shell.
 */
export function variableReferences(text: string): VariableReference[] {
  const found: VariableReference[] = [];
  let cursor = 0;
  while (cursor < text.length - 1) {
    if (text[cursor] !== '$') {
      cursor += 1;
      continue;
    }
    const next = text[cursor + 1];
    if (next === '(') {
      const close = text.indexOf(')', cursor + 2);
      if (close >= 0) {
        found.push({ name: text.slice(cursor + 2, close), offset: cursor });
        cursor = close + 1;
        continue;
      }
    }
    // `$$`, `$x` and an unclosed `$(` all consume two characters.
    cursor += 2;
  }
  return found;
}

/** Whether a reference's content reads like a variable name (so not shell such as `cat /run/secret/username`). */
export function looksLikeVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name);
}

/** Names the kubelet may inject for Services in the namespace (REDIS_SERVICE_HOST, DB_PORT_5432_TCP_ADDR, ...). */
export function looksLikeServiceVariable(name: string): boolean {
  return /_SERVICE_HOST$|_SERVICE_PORT(_[A-Z0-9_]+)?$|_PORT$|_PORT_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?$/.test(name);
}

/** Whether a command line is run by a shell (`sh -c "..."`), so an unexpanded `$(NAME)` becomes command substitution. */
export function isShell(program: unknown): boolean {
  return typeof program === 'string' && /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/.test(program);
}
