import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The release workflow cannot run here (no Electron download, no signing secrets), so this lints it:
 * GitHub's schema where it matters (keys, jobs, steps, expressions), each `run:` script through
 * `bash -n`, and what a release must do — test, sign, fuse, hash, and hand IT one feed folder.
 */
const repo = join(__dirname, '../..');
const workflowFile = join(repo, '.github/workflows/release.yml');

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Job {
  needs?: string | string[];
  'runs-on': string;
  strategy?: { matrix: { include: Array<Record<string, string>> } };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = load(readFileSync(workflowFile, 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
/** Every `${{ … }}` in the file, with the job it is in. */
const expressions = jobs.flatMap(([name, job]) => [...JSON.stringify(job).matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map(([, expression]) => ({ job: name, expression })));
const build = workflow.jobs.build;
const matrixKeys = new Set(build.strategy!.matrix.include.flatMap((entry) => Object.keys(entry)));
const buildStep = build.steps.find((step) => step.run?.startsWith('npm run dist'))!;

describe('the release workflow (.github/workflows/release.yml), linted', () => {
  it('is a workflow GitHub accepts: known keys, jobs with a runner and steps, each step one action or one script, needs that exist', () => {
    expect(Object.keys(workflow).sort()).toEqual(['jobs', 'name', 'on', 'permissions']);
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    // The token can read the code and nothing more: releases leave as artifacts, never pushed from here.
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const stepKeys = new Set(['name', 'if', 'uses', 'run', 'shell', 'with', 'env', 'working-directory']);
    for (const [name, job] of jobs) {
      expect(Object.keys(job).every((key) => ['needs', 'runs-on', 'strategy', 'steps'].includes(key)), name).toBe(true);
      expect(job['runs-on'], name).toMatch(/^(\$\{\{ matrix\.os \}\}|ubuntu-latest|windows-latest)$/);
      for (const needed of [job.needs ?? []].flat()) expect(Object.keys(workflow.jobs)).toContain(needed);
      for (const step of job.steps) {
        expect(Object.keys(step).every((key) => stepKeys.has(key)), JSON.stringify(step)).toBe(true);
        expect(Number(step.uses !== undefined) + Number(step.run !== undefined), JSON.stringify(step)).toBe(1);
        // An action at a moving branch could change under a signed release.
        if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
      }
    }
  });

  it('uses only expressions that resolve: matrix keys the matrix has, the two signing secrets, the tag', () => {
    const allowed = [/^matrix\.(\w+)$/, /^secrets\.WINDOWS_SIGNING_(CERTIFICATE|PASSWORD)$/, /^github\.ref_name$/, /^matrix\.os == 'windows-latest'$/];
    for (const { job, expression } of expressions) {
      expect(
        allowed.some((pattern) => pattern.test(expression)),
        `${job}: ${expression}`,
      ).toBe(true);
      const matrixKey = /^matrix\.(\w+)/.exec(expression)?.[1];
      if (matrixKey) {
        expect(job).toBe('build');
        expect(matrixKeys).toContain(matrixKey);
      }
    }
    // A bare `if:` is an expression too.
    for (const step of steps) if (step.if) expect(allowed.some((pattern) => pattern.test(step.if!))).toBe(true);
  });

  it('has scripts that bash can parse', () => {
    for (const step of steps.filter((each) => each.run)) {
      const script = step.run!.replace(/\$\{\{.*?\}\}/g, 'placeholder');
      const parsed = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      expect(parsed.status, `${script}\n${parsed.stderr}`).toBe(0);
    }
  });

  it('builds Windows NSIS and Linux AppImage + deb, after the tests pass, without publishing from the build', () => {
    expect(build.strategy!.matrix.include).toEqual([
      { os: 'windows-latest', target: '--win nsis' },
      { os: 'ubuntu-latest', target: '--linux AppImage deb' },
    ]);
    const scripts = build.steps.map((step) => step.run ?? '');
    const tests = scripts.findIndex((run) => run === 'npm run typecheck && npm run lint && npm run test:unit');
    expect(tests).toBeGreaterThan(scripts.indexOf('npm ci'));
    expect(scripts.indexOf(buildStep.run!)).toBeGreaterThan(tests);
    expect(buildStep.run).toBe('npm run dist -- ${{ matrix.target }} --publish never');
  });

  it('signs Windows builds with the secrets, and refuses to build one without them', () => {
    const signing = { CSC_LINK: '${{ secrets.WINDOWS_SIGNING_CERTIFICATE }}', CSC_KEY_PASSWORD: '${{ secrets.WINDOWS_SIGNING_PASSWORD }}' };
    expect(buildStep.env).toEqual(signing);
    const guard = build.steps.find((step) => step.if === "matrix.os == 'windows-latest'")!;
    expect(guard.env).toEqual(signing);
    expect(build.steps.indexOf(guard)).toBeLessThan(build.steps.indexOf(buildStep));
    // Run the guard as the runner would, without the secrets and with them.
    const run = (env: Record<string, string>) => spawnSync('bash', ['-c', guard.run!], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    const unsigned = run({});
    expect(unsigned.status).toBe(1);
    expect(unsigned.stderr).toContain('WINDOWS_SIGNING_CERTIFICATE');
    expect(run({ CSC_LINK: 'base64-of-a-pfx', CSC_KEY_PASSWORD: 'secret' }).status).toBe(0);
  });

  it('fuses what it packs: `npm run dist` is electron-builder with the fuses hook as afterPack', () => {
    const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.dist).toBe('npm run build && tsx scripts/packaging/packageKiosk.ts');
    const builderConfig = load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as { afterPack: string; publish: { provider: string } };
    expect(builderConfig.afterPack).toBe('./scripts/packaging/applyFuses.cjs');
    // latest*.yml with each installer's SHA-512 is written for a generic feed, which the district serves.
    expect(builderConfig.publish.provider).toBe('generic');
  });

  it('hands IT one feed folder: every installer, blockmap and latest*.yml of both platforms, with SHA256SUMS', () => {
    const upload = build.steps.find((step) => step.uses === 'actions/upload-artifact@v4')!;
    expect(String(upload.with!.path).trim().split('\n').map((line) => line.trim())).toEqual(['dist/*.exe', 'dist/*.blockmap', 'dist/*.AppImage', 'dist/*.deb', 'dist/latest*.yml']);
    expect(upload.with!['if-no-files-found']).toBe('error');

    const feed = workflow.jobs.feed;
    expect(feed.needs).toBe('build');
    const [download, checksums, publish] = feed.steps;
    expect(download).toMatchObject({ uses: 'actions/download-artifact@v4', with: { pattern: 'sunbeon-${{ github.ref_name }}-*', path: 'feed', 'merge-multiple': true } });
    expect(String(upload.with!.name)).toMatch(/^sunbeon-\$\{\{ github\.ref_name \}\}-/);
    expect(checksums).toEqual({ 'working-directory': 'feed', run: 'sha256sum -- * > SHA256SUMS' });
    expect(publish).toMatchObject({ uses: 'actions/upload-artifact@v4', with: { name: 'sunbeon-feed-${{ github.ref_name }}', path: 'feed/', 'if-no-files-found': 'error' } });
  });
});
