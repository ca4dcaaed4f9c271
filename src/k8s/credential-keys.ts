/** A key's last word (or last two words) that names a credential itself. */
const credentialWords = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'pass', 'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'creds',
  'apikey', 'apitoken', 'authtoken', 'accesstoken', 'refreshtoken', 'privatekey', 'secretkey', 'accesskey', 'clientsecret',
]);
const credentialPairs = new Set(['api key', 'private key', 'secret key', 'access key', 'tls key', 'ssh key', 'signing key', 'encryption key', 'master key']);
/** Files that hold private keys. */
const keyFile = /(\.(key|p12|pfx|jks|keystore)|^id_(rsa|dsa|ecdsa|ed25519))$/i;

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
 * Whether a key names a credential. Only the last word counts, so "db-password" and "apiKey" do,
 * while "secret-name", "password-file" or "token-ttl" name something about a credential and do not.
 */
export function looksLikeCredential(key: string): boolean {
  if (keyFile.test(key)) return true;
  const words = wordsOf(key);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (credentialWords.has(last)) return true;
  return words.length >= 2 && credentialPairs.has(`${words.at(-2)} ${last}`);
}
