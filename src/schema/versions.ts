/** The Kubernetes versions whose schemas ship in schemas/kubernetes/, oldest first. */
export const bundledKubeVersions = ['1.10', '1.13', '1.21', '1.25', '1.30'] as const;

export type KubeVersion = (typeof bundledKubeVersions)[number];

export const newestKubeVersion: KubeVersion = bundledKubeVersions[bundledKubeVersions.length - 1]!;

export function isBundledKubeVersion(version: string): version is KubeVersion {
  return (bundledKubeVersions as readonly string[]).includes(version);
}

/** Compares "1.9" < "1.10" numerically. */
export function compareKubeVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
