// npm run bench:build -- [N ...]: cold and no-change builds of N synthetic conferences: throughput, per-document medians, peak memory.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliArgs, REPO } from './cli-command.js';
import { generateProject } from './generate.js';

const TIME = '/usr/bin/time';
const CORES = availableParallelism();
const KEEP = process.env.BENCH_KEEP === '1';
const TARGET = { seconds500: 30, rssMb: 400, rebuild: 1, coldStart: 1, linear: 0.25 };

interface Summary {
  conferences?: { built?: number; skipped?: number; failed?: number };
  documents?: number;
  seconds?: number;
  maxRssMb?: number;
  timings?: Record<string, number[]>;
}
interface Run {
  status: number | null;
  wall: number;
  rssMb?: number;
  cpu?: number;
  summary?: Summary;
  stderr: string;
}
interface Row {
  n: number;
  cold: Run;
  rebuild: Run;
  files: number;
}

const hasTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' }).status === 0;
const log = (s: string) => process.stderr.write(`${s}\n`);

/** The JSON summary on stdout, if the build printed one (the whole output, or from its first line that opens an object). */
function parseSummary(stdout: string): Summary | undefined {
  const text = stdout.trim();
  for (const start of [0, text.search(/^\{/m), text.lastIndexOf('\n{') + 1]) {
    if (start < 0) continue;
    try {
      const v = JSON.parse(text.slice(start)) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Summary;
    } catch {
      // not JSON from here: try the next start
    }
  }
  return undefined;
}

/** Runs `vankien build <flags>` in `cwd`, under /usr/bin/time -v when there is one (for the child's peak RSS). */
function build(cwd: string, flags: string[]): Run {
  const args = cliArgs(['build', ...flags]);
  const opts = {
    cwd,
    encoding: 'utf8' as const,
    maxBuffer: 256 * 1024 * 1024,
    timeout: 30 * 60 * 1000,
    env: { ...process.env, VANKIEN_LANG: 'vi' },
  };
  const t0 = process.hrtime.bigint();
  const r = hasTime ? spawnSync(TIME, ['-v', process.execPath, ...args], opts) : spawnSync(process.execPath, args, opts);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  const summary = parseSummary(r.stdout ?? '');
  const rssMb = kb ? Number(kb) / 1024 : summary?.maxRssMb;
  // CPU time of every thread (user + system): on a shared machine it varies far less than wall time.
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '')?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '')?.[1];
  const cpu = user && system ? Number(user) + Number(system) : undefined;
  return {
    status: r.status,
    wall,
    summary,
    stderr: r.stderr ?? '',
    ...(rssMb !== undefined ? { rssMb } : {}),
    ...(cpu !== undefined ? { cpu } : {}),
  };
}

/** Flags tried in order until the build accepts them (exit code 2 = unknown option). */
const FLAG_SETS = [
  ['--force', '--format', 'json', '--jobs', String(CORES)],
  ['--force', '--format', 'json'],
  ['--force', '--jobs', String(CORES)],
  ['--force'],
  [],
];
let accepted: string[] | undefined;

function coldBuild(cwd: string): Run {
  if (accepted) return build(cwd, accepted);
  let last: Run | undefined;
  for (const flags of FLAG_SETS) {
    last = build(cwd, flags);
    if (last.status !== 2) {
      accepted = flags;
      if (flags !== FLAG_SETS[0]) log(`Lệnh build không nhận đủ tùy chọn; dùng: build ${flags.join(' ') || '(không tùy chọn)'}`);
      return last;
    }
  }
  accepted = [];
  return last as Run;
}
const noForce = () => (accepted ?? []).filter((f) => f !== '--force');

/** Output files under out/ (not the hidden cache). */
function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => (e.name.startsWith('.') ? n : n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1)),
    0,
  );
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'vankien-bench-'));
}
const done = (dir: string) => (KEEP ? log(`Giữ lại thư mục: ${dir}`) : rmSync(dir, { recursive: true, force: true }));
const failedNote = (r: Run) =>
  r.status === 0
    ? ''
    : ` (mã thoát ${r.status}${r.summary?.conferences?.failed ? `, ${r.summary.conferences.failed} hội nghị lỗi` : ''}: ${r.stderr.split('\n').find((l) => l.trim() && !l.startsWith('\t')) ?? ''})`;

/**
 * Flushes written files to disk before a measurement: a build of 500 conferences leaves ~150 MB for the
 * kernel to write back (and removing its folder more), which would otherwise slow the next measurement.
 */
function settle(): void {
  if (process.platform !== 'win32') spawnSync('sync');
}

function benchN(n: number): Row {
  const dir = temp();
  log(`N = ${n}: tạo dữ liệu trong ${dir}…`);
  generateProject(dir, { conferences: n, seed: 1 });
  settle();
  log(`N = ${n}: dựng toàn bộ (lạnh)…`);
  const cold = coldBuild(dir);
  const files = cold.summary?.documents ?? countFiles(join(dir, 'out'));
  log(`N = ${n}: ${cold.wall.toFixed(2)} s${failedNote(cold)}; dựng lại khi không đổi gì…`);
  settle();
  const rebuild = build(dir, noForce());
  done(dir);
  return { n, cold, rebuild, files };
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'chưa đo' : ok ? 'ĐẠT' : 'CHƯA ĐẠT');

function table(rows: Row[]): void {
  const head = [
    'N',
    'tệp',
    'giây',
    'giây (build báo)',
    'hội nghị/s',
    'tệp/s',
    'CPU giây',
    'CPU ms/hội nghị',
    'RSS đỉnh MB',
    'RSS (build báo)',
    'dựng lại (s)',
  ];
  const body = rows.map((r) => [
    String(r.n),
    String(r.files),
    fmt(r.cold.wall, 2),
    fmt(r.cold.summary?.seconds, 2),
    fmt(r.n / r.cold.wall),
    fmt(r.files / r.cold.wall),
    fmt(r.cold.cpu, 1),
    fmt(r.cold.cpu === undefined ? undefined : (r.cold.cpu * 1000) / r.n, 0),
    fmt(r.cold.rssMb, 0),
    fmt(r.cold.summary?.maxRssMb, 0),
    fmt(r.rebuild.wall, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function medians(row: Row): void {
  const t = row.cold.summary?.timings;
  if (!t || Object.keys(t).length === 0)
    return void console.log(`\nBản tóm tắt JSON không có "timings": không có trung vị theo loại văn bản.`);
  console.log(`\nThời gian theo loại văn bản (N = ${row.n}), trung vị / p95 (ms):`);
  for (const [kind, xs] of Object.entries(t)) {
    const s = [...xs].sort((a, b) => a - b);
    console.log(
      `  ${kind.padEnd(16)} ${fmt(median(xs)).padStart(8)}  ${fmt(s[Math.floor(s.length * 0.95)] ?? NaN).padStart(8)}  (${xs.length} lần)`,
    );
  }
}

/** The no-change rebuild on a copy of the bundled sample data (examples/data of the repository). */
function sampleRebuild(): Run | undefined {
  if (!existsSync(join(REPO, 'examples', 'data'))) return undefined;
  const dir = temp();
  cpSync(join(REPO, 'examples', 'data'), join(dir, 'data'), { recursive: true });
  coldBuild(dir);
  settle();
  const r = build(dir, noForce());
  done(dir);
  return r;
}

/** Runs of the cold start: the median of five, since one run on a shared machine says little. */
const COLD_RUNS = 5;

function coldStart(): Run {
  const dir = temp();
  generateProject(dir, { conferences: 1, seed: 1 });
  settle();
  const runs = Array.from({ length: COLD_RUNS }, () => build(dir, (accepted ?? ['--force']).includes('--force') ? ['--force'] : []));
  done(dir);
  return [...runs].sort((a, b) => a.wall - b.wall)[Math.floor(COLD_RUNS / 2)] as Run;
}

function main(): void {
  const args = process.argv.slice(2).map(Number);
  if (args.some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write('Cách dùng: node dist/tools/bench-build.js [N ...]   (mặc định: 50 200 500)\n');
    process.exitCode = 2;
    return;
  }
  const ns = [...new Set(args.length ? args : [50, 200, 500])].sort((a, b) => a - b);
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('Chưa biên dịch: chạy "npm run compile" trước.');
  const rows = ns.map(benchN);
  const sample = sampleRebuild();
  const start = coldStart();

  console.log(`\nĐo dựng văn bản: ${CORES} lõi, Node ${process.version}, lệnh: vankien build ${(accepted ?? []).join(' ')}`);
  console.log(`RSS đỉnh: ${hasTime ? 'đo bằng /usr/bin/time -v (tiến trình con)' : 'theo "maxRssMb" của bản tóm tắt JSON, nếu có'}.`);
  console.log(
    `CPU: thời gian người dùng + hệ thống của mọi luồng${hasTime ? '' : ' (cần /usr/bin/time)'}; giây đồng hồ không thể dưới CPU giây / ${CORES} lõi.\n`,
  );
  table(rows);
  for (const r of rows) {
    const bad = failedNote(r.cold) || failedNote(r.rebuild);
    if (bad) console.log(`Cảnh báo N = ${r.n}:${bad}`);
  }
  const last = rows[rows.length - 1] as Row;
  medians(last);

  console.log('\nMục tiêu:');
  const first = rows[0] as Row;
  const ratio = rows.length > 1 ? last.cold.wall / last.n / (first.cold.wall / first.n) : undefined;
  // Time = start-up + cost per conference × N: linear growth means the cost of each extra conference
  // stays the same from one N to the next (seconds/N alone falls as N grows, because of the start-up).
  const marginal = rows.slice(1).map((r, i) => (r.cold.wall - (rows[i] as Row).cold.wall) / (r.n - (rows[i] as Row).n));
  const spread = marginal.length > 1 ? (marginal[marginal.length - 1] as number) / (marginal[0] as number) : undefined;
  const growth = spread ?? ratio;
  const linear = growth === undefined ? undefined : Math.abs(growth - 1) <= TARGET.linear;
  console.log(
    `  Tăng tuyến tính theo N (giây thêm cho mỗi hội nghị, cuối/đầu: ${fmt(spread, 2)}, trong ±25%; giây/N lúc N = ${last.n} so với N = ${first.n}: ${fmt(ratio, 2)}): ${verdict(linear)}`,
  );
  if (marginal.length > 0) console.log(`    giây thêm cho mỗi hội nghị giữa các N liên tiếp: ${marginal.map((m) => fmt(m, 3)).join(', ')}`);
  const r500 = rows.find((r) => r.n === 500);
  console.log(
    `  500 hội nghị dưới ${TARGET.seconds500} s: ${r500 ? `${fmt(r500.cold.wall, 2)} s, ${r500.files} tệp` : 'không có N = 500'} — ${verdict(r500 && r500.cold.status === 0 ? r500.cold.wall < TARGET.seconds500 : r500 ? false : undefined)}`,
  );
  const rss = rows.flatMap((r) => [r.cold.rssMb, r.rebuild.rssMb]).filter((x): x is number => x !== undefined);
  console.log(
    `  RSS đỉnh dưới ${TARGET.rssMb} MB: ${rss.length ? `${fmt(Math.max(...rss), 0)} MB` : 'n/a'} — ${verdict(rss.length ? Math.max(...rss) < TARGET.rssMb : undefined)}`,
  );
  console.log(
    `  Dựng lại khi không đổi gì (dữ liệu mẫu examples/data/) dưới ${TARGET.rebuild} s: ${sample ? `${fmt(sample.wall, 2)} s${failedNote(sample)}` : 'không có examples/data/'} — ${verdict(sample ? sample.status === 0 && sample.wall < TARGET.rebuild : undefined)}`,
  );
  console.log(
    `  Khởi động lạnh, 1 hội nghị (build --force, trung vị ${COLD_RUNS} lần) dưới ${TARGET.coldStart} s: ${fmt(start.wall, 2)} s${failedNote(start)} — ${verdict(start.status === 0 && start.wall < TARGET.coldStart)}`,
  );
  if ([...rows.flatMap((r) => [r.cold, r.rebuild]), start].some((r) => r.status !== 0)) process.exitCode = 1;
}

main();
