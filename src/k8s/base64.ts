/** Base64 as the API server reads []byte fields (Secret data, ConfigMap binaryData), shared by several rules. */

const standardBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes like Go's base64.StdEncoding: standard alphabet, padding required, line breaks
 * (\r and \n) ignored anywhere. Returns undefined when the API server would reject the text.
 */
export function decodeStandardBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (!standardBase64.test(compact)) return undefined;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export type Base64Slip = 'urlSafe' | 'padding';

/**
 * Recognises near-misses worth naming: the URL-safe alphabet ("-", "_") or missing "=" padding,
 * when fixing just that gives readable text. Undefined when the text is not such a near-miss.
 */
export function base64Slip(text: string): Base64Slip | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(compact)) return undefined;
  const urlSafe = /[-_]/.test(compact);
  const standard = compact.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return undefined;
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const bytes = decodeStandardBase64(padded);
  if (!bytes || !isReadableText(bytes)) return undefined;
  if (urlSafe) return 'urlSafe';
  return padded === compact ? undefined : 'padding';
}

const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Valid UTF-8 without control characters other than tab and line breaks. */
export function isReadableText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !controlCharacters.test(text);
}
