import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';
import { isJobKind } from './job-legacy-sidecar-never-completes';

export const sidecarExitIgnored: Rule = {
  id: 'job/sidecar-exit-ignored',
  number: 'R29',
  severity: 'info',
  title: "A sidecar's exit does not decide the Job's outcome",
  explanation:
    'A Job succeeds or fails on its main containers only. A sidecar that fails (for example a log upload that fails at shutdown) does not fail the Job, and a non-zero exit code of a sidecar at Pod termination is normal.',
  sources: sources('K-PHASE', 'D-SIDECAR'),
  nativeBehaviour: 'start',
  check(design) {
    if (!isJobKind(design)) return [];
    return design.containers
      .filter((c) => kindOf(design, c) === 'native-sidecar')
      .map(
        (c): RuleFinding => ({
          container: c.name,
          message: `Sidecar '${c.name}' is stopped when the main containers of this ${design.kind} have finished, and its exit code is ignored: if its work (such as uploading the last logs or results) fails, the Job still succeeds. Make the main container check that work if it matters.${guessNote([c])}`,
          ...(anyGuessed([c]) ? { guess: true } : {}),
        }),
      );
  },
};
