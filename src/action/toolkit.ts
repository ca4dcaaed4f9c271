/**
 * How the Action talks to the runner. On a runner that is @actions/core (coreToolkit); tests that run the
 * Action in-process with their own environment use the same workflow-command and file formats written by hand
 * (fileToolkit), since core reads process.env and writes process.stdout. Either way every text handed in is
 * already escaped for its target (printable(), markdownText()), and core escapes command messages and
 * properties exactly as workflowCommand() does: % \r \n, plus : and , in properties (lib/command.js).
 */
import * as core from '@actions/core';
import { workflowCommand } from '../format/github.js';
import { appendOutputs, appendSummary } from './workflow-files.js';

export interface Toolkit {
  /** Log text (annotations included), written as it is. */
  print(text: string): void;
  startGroup(title: string): void;
  endGroup(): void;
  setOutput(name: string, value: string): Promise<void>;
  appendSummary(markdown: string): Promise<void>;
}

export function coreToolkit(): Toolkit {
  return {
    print: (text) => process.stdout.write(text),
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup(),
    setOutput: async (name, value) => core.setOutput(name, value),
    // Without GITHUB_STEP_SUMMARY (outside a runner) there is nowhere to write, as with the file toolkit.
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
  };
}

export function fileToolkit(env: NodeJS.ProcessEnv, print: (text: string) => void): Toolkit {
  return {
    print,
    startGroup: (title) => print(`${workflowCommand('group', [], title)}\n`),
    endGroup: () => print(`${workflowCommand('endgroup', [], '')}\n`),
    setOutput: (name, value) => appendOutputs(env.GITHUB_OUTPUT, { [name]: value }),
    appendSummary: (markdown) => appendSummary(env.GITHUB_STEP_SUMMARY, markdown),
  };
}
