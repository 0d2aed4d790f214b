import { main } from '../src/main.js';

/** Runs the CLI as the shell would: its exit code and what it wrote (and its progress lines, where asked for). */
export async function runCli(argv: readonly string[], progress?: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...(progress ? { progress: (s: string) => progress.push(s) } : {}),
  });
  return { code, stdout, stderr };
}
