import type { JsonObject } from '../../model/json';
import { arrayOf, isSet, objectOf } from './json-access';
import { portNumOrNameProblem } from './ports';
import { join, type Problem } from './problem';

/** The handler kinds of probes and of lifecycle hooks. */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
export const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

const HEADER_NAME = /^[-A-Za-z0-9!#$%&'*+.^_`|~]+$/;

/** The handler keys a probe or hook sets. */
export function handlersOf(owner: JsonObject, kinds: readonly string[]): string[] {
  return kinds.filter((kind) => isSet(owner[kind]));
}

/**
 * Problems with the handler of a probe or hook at `path`: none or several handlers, and the
 * shape of exec, httpGet, tcpSocket and grpc. Sleep is checked by the caller (it needs the pod).
 */
export function handlerProblems(
  owner: JsonObject,
  path: string,
  kinds: readonly string[],
): Problem[] {
  const found = handlersOf(owner, kinds);
  if (found.length === 0) {
    return [{ field: path, message: `needs a handler: one of ${kinds.join(', ')}` }];
  }
  if (found.length > 1) {
    return [{ field: path, message: `sets ${found.join(' and ')}; only one handler is allowed` }];
  }
  const problems: Problem[] = [];
  const exec = objectOf(owner.exec);
  if (isSet(owner.exec) && (arrayOf(exec?.command) ?? []).length === 0) {
    problems.push({
      field: join(path, 'exec.command'),
      message: 'is empty; give the command to run',
    });
  }
  for (const kind of ['httpGet', 'tcpSocket', 'grpc'] as const) {
    const action = objectOf(owner[kind]);
    if (!isSet(owner[kind])) continue;
    const port = action?.port;
    const problem =
      kind === 'grpc' && typeof port === 'string'
        ? 'must be a port number (gRPC probes do not accept port names)'
        : portNumOrNameProblem(port);
    if (problem) problems.push({ field: join(path, `${kind}.port`), message: problem });
  }
  const httpGet = objectOf(owner.httpGet);
  const scheme = httpGet?.scheme;
  if (isSet(scheme) && scheme !== 'HTTP' && scheme !== 'HTTPS') {
    problems.push({
      field: join(path, 'httpGet.scheme'),
      message: `"${String(scheme)}" is not supported; use HTTP or HTTPS`,
    });
  }
  (arrayOf(httpGet?.httpHeaders) ?? []).forEach((header, index) => {
    const name = objectOf(header)?.name;
    if (typeof name !== 'string' || !HEADER_NAME.test(name)) {
      problems.push({
        field: join(path, `httpGet.httpHeaders[${index}].name`),
        message: 'is not a valid HTTP header name',
      });
    }
  });
  return problems;
}
