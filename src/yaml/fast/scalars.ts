/**
 * Plain scalar typing as yaml's core schema plus our goYamlBoolean tag (src/yaml/tags.ts) does it,
 * in the same order yaml tries its tags (schema/core/schema.js, then custom tags).
 */

/** A plain scalar the fast path must not type itself (the `<<` merge key). */
export const MERGE = Symbol('merge key');

const nullTest = /^(?:~|[Nn]ull|NULL)?$/;
const boolTest = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octTest = /^0o[0-7]+$/;
const intTest = /^[-+]?[0-9]+$/;
const hexTest = /^0x[0-9a-fA-F]+$/;
const nanTest = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const expTest = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatTest = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const goBoolTest = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const goTrue = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;

/** The value yaml gives a plain scalar with this text. */
export function resolvePlain(text: string): string | number | boolean | null | typeof MERGE {
  const first = text.charCodeAt(0);
  // Most scalars start with a letter other than those of null/bool/yes/no/on/off: a string, fast.
  if (first >= 97 && first <= 122 && first !== 110 && first !== 116 && first !== 102 && first !== 121 && first !== 111) return text;
  // After a letter only null, a boolean or a go-yaml boolean can match (no number starts so), none longer than 5.
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) {
    if (text.length > 5) return text;
    if (nullTest.test(text)) return null;
    if (boolTest.test(text)) return first === 116 || first === 84;
    if (goBoolTest.test(text)) return goTrue.test(text);
    return text;
  }
  if (nullTest.test(text)) return null;
  if (boolTest.test(text)) return first === 116 || first === 84;
  if (octTest.test(text)) return parseInt(text.substring(2), 8);
  if (intTest.test(text)) return parseInt(text, 10);
  if (hexTest.test(text)) return parseInt(text.substring(2), 16);
  if (nanTest.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (expTest.test(text) || floatTest.test(text)) return parseFloat(text);
  if (goBoolTest.test(text)) return goTrue.test(text);
  if (text === '<<') return MERGE;
  return text;
}
