/**
 * The one rule for which keys name a credential, shared by the credential rules and every message
 * that could repeat a value (src/engine/redact.ts).
 */

/** A key's last word that names a credential itself. */
const credentialWords = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'pass',
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'apitoken',
  'authtoken',
  'accesstoken',
  'refreshtoken',
  'privatekey',
  'secretkey',
  'accesskey',
  'clientsecret',
  'auth',
  'authorization',
  'authkey',
  'bearer',
  'htpasswd',
  'dockerconfigjson',
  'dockercfg',
  'cookie',
  'sessionid',
]);
/** A last word ending in one of these names a credential even when written as one word (dbpassword, jwtsecret). */
const credentialSuffixes = ['password', 'passwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'apikey', 'privatekey'];
const credentialPairs = new Set([
  'api key',
  'private key',
  'secret key',
  'access key',
  'tls key',
  'ssh key',
  'signing key',
  'encryption key',
  'master key',
  'auth key',
  'client key',
]);
/** Files that hold private keys. */
const keyFile = /(\.(key|pem|p12|pfx|jks|keystore)|^id_(rsa|dsa|ecdsa|ed25519))$/i;

/** "dbPassword" -> ["db", "password"]; "tls.key" -> ["tls", "key"]. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/**
 * Whether a key names a credential. Only the last word counts, so "db-password", "DBPASSWORD" and
 * "apiKey" do, while "secret-name", "password-file" or "token-ttl" name something about a
 * credential (its name, its file, its lifetime) and do not.
 */
export function looksLikeCredential(key: string): boolean {
  let known = verdicts.get(key);
  if (known === undefined) {
    // Manifests repeat the same few thousand keys; the cache is bounded for the ones that do not.
    if (verdicts.size >= 10_000) verdicts.clear();
    known = namesACredential(key);
    verdicts.set(key, known);
  }
  return known;
}

const verdicts = new Map<string, boolean>();

function namesACredential(key: string): boolean {
  if (keyFile.test(key)) return true;
  const words = wordsOf(key);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (credentialWords.has(last)) return true;
  if (credentialSuffixes.some((suffix) => last.endsWith(suffix))) return true;
  return words.length >= 2 && credentialPairs.has(`${words.at(-2)} ${last}`);
}
