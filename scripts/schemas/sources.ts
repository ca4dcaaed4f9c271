/** The pinned npm inputs of the Kubernetes schemas, fetched and verified before anything is read. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);

/** kubernetes-client ships the unmodified upstream swagger.json of 1.10-1.13 (MIT packaging of Apache-2.0 specs). */
export const swaggerPackage = {
  spec: 'kubernetes-client@9.0.0',
  tarball: 'kubernetes-client-9.0.0.tgz',
  integrity: 'sha512-Qy8o42dZVHB9P+cIiKdWpQbz/65l/qW1fDYvlzzeSLftmL1Ne3HEiM+0TmKAwNuRW0pTJN2tRWhcccToclxJ8g==',
  files: {
    '1.10': { member: 'package/lib/specs/swagger-1.10.json.gz', sha256: 'ef3adbaf49e95e2737df7c84120c4ef10b57eb7ad57727270a11113b16c4a9ce', upstream: 'v1.10.5' },
    '1.13': { member: 'package/lib/specs/swagger-1.13.json.gz', sha256: 'dded3f256bd6bf04f2f59b5914b219b7761a6143398a5982b97f1330565dff78', upstream: 'v1.13.4' },
  },
} as const;

/** kubernetes-types declarations, installed as devDependencies under these aliases; package-lock integrity is the pin. */
export const typesPackages = {
  '1.21': { alias: 'k8s-types-1-21', version: '1.21.0-beta.1', integrity: 'sha512-dwT/D2Gs9feqCl1EP8fQ7utyML8XQCYd38bPuU8ZA3MqF74Bfz/sWcUnFtR/IQRuUIKYruQkhVKXw5GlP+CLsw==' },
  '1.25': { alias: 'k8s-types-1-25', version: '1.25.0', integrity: 'sha512-PVbOhw7Rd6yRLjvkaN/agqDLjEq9iwUPTvO+lrYVlcWyC2/Qm9grHL1O8oNTPFisuSamdYdTxtSpmmaKKO6VGg==' },
  '1.30': { alias: 'k8s-types-1-30', version: '1.30.0', integrity: 'sha512-Dew1okvhM/SQcIa2rcgujNndZwU8VnSapDgdxlYoB84ZlpAD43U6KLAFqYo17ykSFGHNPrg0qry0bP+GJd9v7Q==' },
} as const;

export type SwaggerVersion = keyof typeof swaggerPackage.files;
export type TypesVersion = keyof typeof typesPackages;

export interface SwaggerDocument {
  info: { version: string };
  definitions: Record<string, Record<string, unknown>>;
  paths?: Record<string, unknown>;
}

function sriOf(bytes: Buffer): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `npm pack`s kubernetes-client into a temporary folder (never installs it) and returns the verified swagger documents. */
export async function fetchSwaggerDocuments(): Promise<Record<SwaggerVersion, SwaggerDocument>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kubegrade-swagger-'));
  try {
    await run('npm', ['pack', swaggerPackage.spec, '--pack-destination', dir, '--silent'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    const tarball = path.join(dir, swaggerPackage.tarball);
    const integrity = sriOf(await readFile(tarball));
    if (integrity !== swaggerPackage.integrity) throw new Error(`${swaggerPackage.spec}: tarball integrity ${integrity} differs from the pinned ${swaggerPackage.integrity}`);
    const entries = Object.entries(swaggerPackage.files) as [SwaggerVersion, (typeof swaggerPackage.files)[SwaggerVersion]][];
    await run('tar', ['-xzf', tarball, '-C', dir, ...entries.map(([, file]) => file.member)]);
    const documents = {} as Record<SwaggerVersion, SwaggerDocument>;
    for (const [version, file] of entries) {
      const json = gunzipSync(await readFile(path.join(dir, file.member)));
      const digest = sha256Of(json);
      if (digest !== file.sha256) throw new Error(`${file.member}: sha256 ${digest} differs from the pinned ${file.sha256}`);
      const document = JSON.parse(json.toString('utf8')) as SwaggerDocument;
      if (document.info.version !== file.upstream) throw new Error(`${file.member}: holds ${document.info.version}, expected ${file.upstream}`);
      documents[version] = document;
    }
    return documents;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The folder of an installed kubernetes-types alias, after checking package-lock pins the expected version and integrity. */
export async function typesPackageDir(root: string, version: TypesVersion): Promise<string> {
  const pin = typesPackages[version];
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; integrity?: string }> };
  const entry = lock.packages[`node_modules/${pin.alias}`];
  if (!entry) throw new Error(`package-lock.json has no node_modules/${pin.alias}; run npm install`);
  if (entry.version !== pin.version || entry.integrity !== pin.integrity) {
    throw new Error(`package-lock.json pins ${pin.alias} to ${entry.version} ${entry.integrity}, expected ${pin.version} ${pin.integrity}`);
  }
  const dir = path.join(root, 'node_modules', pin.alias);
  const installed = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  if (installed.name !== 'kubernetes-types' || installed.version !== pin.version) throw new Error(`node_modules/${pin.alias} holds ${installed.name}@${installed.version}; run npm ci`);
  return dir;
}
