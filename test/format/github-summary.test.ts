import { describe, expect, it } from 'vitest';
import { formatGithubSummary, summaryByteLimit } from '../../src/format/github-summary.js';
import { finding, gradeReport, lintReport } from '../support/report-builder.js';

/** Rows of the table that follows a heading, as GitHub splits them: on unescaped pipes. */
function tableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2);
}

describe('github job summary', () => {
  it('grading: the score per exercise, the checks not passed and every finding with its location', () => {
    expect(formatGithubSummary(gradeReport())).toBe(
      [
        '## kubegrade: 7/9 points',
        '',
        'Rubric: Kubernetes for Users, day 2',
        '',
        '| Exercise | Score | Result |',
        '| --- | ---: | --- |',
        '| ex2 · Launch a traceroute batch Job | 3/5 | ❌ failed |',
        '| ex3 · Configure Jobs from a ConfigMap | 4/4 | ✅ passed |',
        '| ex6 · Peek at the service account token | – | optional, not attempted |',
        '',
        '### Checks not passed',
        '',
        '| Exercise | Check | Points | How to fix |',
        '| --- | --- | ---: | --- |',
        '| ex2 | restartPolicy is Never or OnFailure | 0/2 | Set restartPolicy: Never. |',
        '',
        '### Findings (2)',
        '',
        '| Severity | Location | Check | Rule | Message |',
        '| --- | --- | --- | --- | --- |',
        "| ❌ error | answers/ex2/job.yaml:14:22 | ex2 · restartPolicy is Never or OnFailure | job-restart-policy | A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.<br>Fix: Change it to restartPolicy: Never (or OnFailure). |",
        '| ⚠️ warning | answers/ex2/job.yaml:18:18 |  | image-tag | Image alpine has no tag. |',
        '',
      ].join('\n'),
    );
  });

  it('linting: the counts and every finding', () => {
    expect(formatGithubSummary(lintReport())).toBe(
      [
        '## kubegrade: 1 error, 1 warning, 1 info in 3 files',
        '',
        '### Findings (3)',
        '',
        '| Severity | Location | Rule | Message |',
        '| --- | --- | --- | --- |',
        "| ❌ error | answers/ex2/job.yaml:14:22 | job-restart-policy | A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish. |",
        '| ⚠️ warning | answers/ex2/job.yaml:18:18 | image-tag | Image alpine has no tag.<br>Fix: Pin a tag such as alpine:3.8. |',
        '| ℹ️ info | answers/ex3/configmap.yaml:7:8 | configmap-data | ttw is a number; ConfigMap values must be strings. |',
        '',
      ].join('\n'),
    );
  });

  it('a clean lint run is one line', () => {
    expect(formatGithubSummary(lintReport({ findings: [] }))).toBe('## kubegrade: no problems in 3 files\n');
  });

  it('escapes Markdown and HTML from the answers so every finding stays one row of four cells', () => {
    const evil = 'a | b <img src=x onerror=alert(1)> `code` **bold** [link](http://x) ![i](http://y) @someone #12 $x$\nnext line';
    const report = lintReport({ findings: [finding({ file: 'dir|x/<b>.yaml', message: evil, hint: 'fix\r\n| --- |' })] });
    const summary = formatGithubSummary(report);
    const rows = tableRows(summary, '### Findings (1)');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(4);
    expect(rows[0]![1]).toBe('answers/dir\\|x/&lt;b&gt;.yaml:14:22');
    expect(rows[0]![3]).toBe(
      'a \\| b &lt;img src=x onerror=alert(1)&gt; \\`code\\` \\*\\*bold\\*\\* \\[link\\](http:\u200b//x) \\!\\[i\\](http:\u200b//y) \\@\u200bsomeone \\#12 \\$x\\$\\\\nnext line<br>Fix: fix\\\\u000d\\\\n\\| --- \\|',
    );
    expect(summary).not.toMatch(/<(?!br>)/);
  });

  it('stays under the byte budget by dropping whole finding rows and says how many are missing', () => {
    const findings = Array.from({ length: 400 }, (_, index) =>
      finding({ message: `problem number ${index + 1} ${'x'.repeat(200)}`, line: index + 1, endLine: index + 1 }),
    );
    const summary = formatGithubSummary(lintReport({ findings }), { maxBytes: 20_000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    const shown = tableRows(summary, '### Findings (400)');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(400);
    expect(shown.at(-1)![3]).toMatch(new RegExp(`^problem number ${shown.length} x+$`));
    expect(
      summary.endsWith(
        `\n\n> **Note:** ${400 - shown.length} of 400 findings are not shown: a job summary holds at most 1 MiB. Run kubegrade locally to see them all.\n`,
      ),
    ).toBe(true);
  });

  it("keeps a huge report under GitHub's 1 MiB", () => {
    const findings = Array.from({ length: 6000 }, (_, index) => finding({ message: `m${index} ${'é'.repeat(300)}`, line: index + 1 }));
    const summary = formatGithubSummary(lintReport({ findings }));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(summaryByteLimit);
    expect(summary).toMatch(/> \*\*Note:\*\* \d+ of 6000 findings are not shown/);
  });
});
