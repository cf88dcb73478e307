import { describe, expect, it } from 'vitest';
import { childOutput, commandLine, runChild } from '../../support/child.ts';

const NODE = process.execPath;

describe('runChild', () => {
  it('gives the status and output of a child that ends', () => {
    const result = runChild(NODE, ['-e', 'console.log("out"); console.error("err"); process.exitCode = 3'], { encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([3, 'out\n', 'err\n']);
  });

  it('kills a child that never ends and fails naming it', () => {
    // The child waits on a timer far past the limit, so the limit is what ends it, however busy the machine.
    const forever = 'setTimeout(() => {}, 1e9)';
    expect(() => runChild(NODE, ['-e', forever], { encoding: 'utf8', limitMs: 2_000 })).toThrow(
      `${NODE} -e ${JSON.stringify(forever)} did not end within 2 s and was killed`,
    );
  });

  it('fails naming a command that cannot start', () => {
    expect(() => runChild('/nonexistent/tool', ['--version'])).toThrow(
      '/nonexistent/tool --version failed to run or finish (spawnSync /nonexistent/tool ENOENT)',
    );
  });
});

describe('childOutput', () => {
  it('gives what a child printed when it exits 0, as text or as bytes', () => {
    expect(childOutput(NODE, ['-e', 'process.stdout.write("一二")'], { encoding: 'utf8' })).toBe('一二');
    expect(childOutput(NODE, ['-e', 'process.stdout.write("ab")'])).toEqual(Buffer.from('ab'));
  });

  it('fails naming the command, its status and what it printed when it exits other than 0', () => {
    expect(() => childOutput(NODE, ['-e', 'console.error("no such file"); process.exit(2)'], { encoding: 'utf8' })).toThrow(
      /-e "console\.error\(\\"no such file\\"\); process\.exit\(2\)" exited with 2\nno such file$/,
    );
  });
});

describe('commandLine', () => {
  it('quotes only the arguments a shell would need quoted', () => {
    expect(commandLine('node', ['scripts/verify-archive.ts', '--max-bytes=10', '/tmp/a b/bag'])).toBe(
      'node scripts/verify-archive.ts --max-bytes=10 "/tmp/a b/bag"',
    );
  });
});
