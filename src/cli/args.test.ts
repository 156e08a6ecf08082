import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('reading the command line', () => {
  it('takes the command, then files, folders and - for standard input, in order', () => {
    const args = parseArgs(['lint', 'a.yaml', '-', 'k8s/', '--format', 'github']);
    expect(args.command).toBe('lint');
    expect(args.files).toEqual(['a.yaml', '-', 'k8s/']);
    expect(args.format).toBe('github');
  });

  it('reads --option=value as --option value', () => {
    expect(parseArgs(['lint', 'a.yaml', '--config=ci/.sidecar-studio.yaml']).config).toBe(
      'ci/.sidecar-studio.yaml',
    );
  });

  it('knows --help and --version without a command, anywhere on the line', () => {
    expect(parseArgs(['--help'])).toMatchObject({ command: '', help: true });
    expect(parseArgs(['-v'])).toMatchObject({ command: '', version: true });
    expect(parseArgs(['lint', '-h'])).toMatchObject({ command: 'lint', help: true });
  });

  it('reads --fail-on as the least severity that fails', () => {
    expect(parseArgs(['lint', 'a', '--fail-on', 'warning']).failOn).toBe('warning');
    expect(parseArgs(['lint', 'a', '--fail-on', 'never']).failOn).toBe('never');
  });

  it.each([
    ['none', 'info'],
    ['info', 'warning'],
    ['warning', 'error'],
    ['error', 'never'],
  ])('reads --max-severity %s as failing from %s on', (most, failOn) => {
    expect(parseArgs(['lint', 'a', '--max-severity', most]).failOn).toBe(failOn);
  });

  it.each([
    [['lint', 'a', '--fail-on', 'fatal'], '--fail-on is error, warning, info or never'],
    [['lint', 'a', '--max-severity', 'never'], '--max-severity is error, warning, info or none'],
    [['lint', 'a', '--format'], '--format needs a value'],
    [['lint', 'a', '--colour', 'no'], 'Unknown option --colour'],
    [['lint', 'a', '-x'], 'Unknown option -x'],
    [[], 'No command given'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
