import { spawn } from 'node:child_process';

/** Runs a command with inherited output; resolves with its exit code, or rejects on non-zero. */
export function run(command, args, { allowFailure = false, env = process.env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && !allowFailure) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ code: code ?? 1, output });
    });
  });
}
