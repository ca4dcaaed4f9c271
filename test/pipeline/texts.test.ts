import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/load/discover.js';
import { gradeFolder, lintFolder, loadBuiltinRubric } from '../../src/pipeline/run.js';
import { checkText, findingsOfTexts } from '../../src/pipeline/texts.js';
import { repoRoot } from '../support/cli.js';

/** The texts of a folder's manifests, as an editor holding them all would have them. */
async function textsOf(folder: string) {
  const found = await discoverFiles([folder], { cwd: folder });
  return found.candidates.map((candidate) => ({ file: candidate.displayPath, text: readFileSync(candidate.absolutePath, 'utf8') }));
}

describe('findingsOfTexts', () => {
  for (const name of ['answers', 'broken']) {
    const folder = path.join(repoRoot, 'fixtures', name);

    it(`finds in fixtures/${name} what lintFolder finds`, async () => {
      const texts = await textsOf(folder);
      const expected = (await lintFolder({ inputs: [folder], cwd: folder, jobs: 1, maxFindingsPerFile: 10_000 })).check.findings;
      const found = findingsOfTexts(texts.map(({ file, text }) => checkText(file, text)));
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toEqual(expected);
    });

    it(`grades fixtures/${name} as gradeFolder does`, async () => {
      const texts = await textsOf(folder);
      const rubric = await loadBuiltinRubric();
      // The editor holds texts, not a folder walk: nothing is skipped there to name (expected.json is not an answer).
      const expected = (
        await gradeFolder({ inputs: [folder], cwd: folder, jobs: 1, rubric, maxFindingsPerFile: 10_000, extensions: ['yaml', 'yml'], nameSkipped: 'none' })
      ).report.findings;
      const found = findingsOfTexts(
        texts.map(({ file, text }) => checkText(file, text, { rubric })),
        { rubric },
      );
      expect(found).toEqual(expected);
    });
  }

  it('sees one file change without re-checking the others', () => {
    const configMap = checkText('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n');
    const pod = (key: string) =>
      checkText(
        'pod.yaml',
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  automountServiceAccountToken: false\n  containers:\n    - name: web\n      image: nginx:1.27\n      env:\n        - name: MODE\n          valueFrom:\n            configMapKeyRef:\n              name: settings\n              key: ${key}\n`,
      );
    const refs = (key: string) =>
      findingsOfTexts([configMap, pod(key)])
        .filter((finding) => finding.ruleId === 'config-ref')
        .map((finding) => [finding.file, finding.line, finding.column, finding.messageId]);
    expect(refs('speed')).toEqual([['pod.yaml', 15, 20, 'keyMissing']]);
    expect(refs('mode')).toEqual([]);
  });
});
