// `npm run bench`: the project's server beside a practical floor, driven by one load generator in turns.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { killAllNow, startChild, type ServerChild } from './children';
import { conversationTurn, MB, memoryCheck, unicastTurn, warmUp, writesTurn, type Figures, type TurnContext } from './load';
import { callsUnicastUsers, describeFlags, HELP, parseOptions, UsageError, type Options, type TargetName, type Workload } from './options';
import { machine, untilQuiet } from './proc-stats';
import { productionRss } from './production';
import { mainProfile, summariseProfile } from './profile';
import { appendResult, combine, gitCommit, keptUp, legend, ratios, table, type RoundOutcome } from './report';
import { disposeMode, localServices, mintTokens, prepareMode, seedUsers, type Mode } from './setup';
import { stormTurn } from './storm';
import { FloorTarget, ProjectTarget, type Target } from './targets';

const root = resolve(import.meta.dirname, '..', '..');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

let options: Options;
try {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(HELP);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n\n${HELP}`);
  process.exit(2);
}

let mode: Mode | undefined;
const children: ServerChild[] = [];
const targets: Target[] = [];
let cleaning: Promise<void> | undefined;

/** Stops the servers, then drops the run's database (or removes PGlite's directory); once. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const target of targets) target.close();
    // The project drains its sockets on SIGTERM; under --cpu-prof it then writes the profile.
    await Promise.all(children.map((child) => child.stop(child.name === 'project' ? 20_000 : 5_000)));
    if (mode) {
      const problem = await disposeMode(mode);
      if (problem) console.error(problem);
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the run's database`);
    const forced = setTimeout(() => {
      killAllNow();
      process.exit(130);
    }, 30_000);
    void cleanup().finally(() => {
      clearTimeout(forced);
      process.exit(130);
    });
  });
}
const watchdog = setTimeout(() => {
  console.error(`\nthe run took more than --max-minutes ${options.maxMinutes}: aborting`);
  void cleanup().finally(() => process.exit(3));
}, options.maxMinutes * 60_000);

const runId = new Date().toISOString().replace(/[:.]/g, '-');
const profileDir = join(root, 'bench-results', 'profiles', runId);
const record: Record<string, unknown> = {
  date: new Date().toISOString(),
  ...gitCommit(root),
  machine: machine(),
  flags: describeFlags(options),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};
let failed = false;

try {
  mode = await prepareMode(process.env);
  record['mode'] = mode.kind;
  if (mode.kind === 'real') {
    log(
      `mode: real services. PostgreSQL database ${mode.databaseName} (created for this run, dropped after) and Redis ${new URL(mode.redisUrl).host}`,
    );
  } else {
    log(`mode: embedded. PGlite in ${mode.dataDir} and in-process pub/sub (set DATABASE_URL and REDIS_URL for real services)`);
    if (process.env['DATABASE_URL'] || process.env['REDIS_URL'])
      log('  only one of DATABASE_URL and REDIS_URL is set: both are needed for real services');
    if (options.targets.includes('floor')) log('  the floor is skipped: it needs PostgreSQL and Redis. Only the project runs');
    options.targets = options.targets.filter((name) => name === 'project');
  }
  if (options.targets.length === 0) throw new UsageError('nothing to run: --only floor needs DATABASE_URL and REDIS_URL');
  if (options.workloads.includes('storm') && mode.kind !== 'real') {
    throw new UsageError('--workload storm needs DATABASE_URL and REDIS_URL: its two instances share them');
  }

  const userCount = Math.max(
    callsUnicastUsers(options) ? options.sockets : 0,
    options.workloads.includes('conversation') ? options.participants : 0,
  );
  const seeded = await seedUsers(mode, userCount);
  const secret = randomBytes(32).toString('hex');
  const [admin, ...users] = await mintTokens(secret, [
    { ...seeded.admin, role: 'ADMIN' },
    ...seeded.users.map((user) => ({ ...user, role: 'USER' as const })),
  ]);
  log(`setup: migrations, ${userCount} users and 1 admin inserted in bulk, tokens minted`);

  const services: Record<string, string> =
    mode.kind === 'real' ? { DATABASE_URL: mode.databaseUrl, REDIS_URL: mode.redisUrl } : { DATA_DIR: mode.dataDir };
  // The inspector only answers on 127.0.0.1, on a port of its own choosing; memory.ts uses it to force a full GC.
  const inspect = options.gc ? ['--inspect=127.0.0.1:0'] : [];
  if (options.cpuProf) mkdirSync(profileDir, { recursive: true });
  const projectArgs = [
    ...inspect,
    '--import',
    'tsx',
    ...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    'src/main.ts',
  ];
  // The production command's settings; the production build's idle memory is read with these alone.
  const productionEnv = {
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    JWT_SECRET: secret,
    MESSAGE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ...services,
  };
  const projectEnv = {
    ...productionEnv,
    RATE_LIMITS: 'off',
    MAX_SOCKETS_PER_USER: '1000',
    // Every socket of the load comes from 127.0.0.1, up to --connect-concurrency of them at once before they sign in.
    MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '100000',
  };
  /** A process of the run (`label` names it in the log), stopped by cleanup(). */
  const startServer = async (label: string, args: string[], env: Record<string, string>) => {
    const child = await startChild(label, args, env, root);
    children.push(child);
    return child;
  };
  const floorArgs = [...inspect, '--import', 'tsx', 'scripts/bench/floor-server.ts'];
  /** A server under test; the storm starts one more of each. */
  const startTarget = async (name: TargetName, label: string): Promise<Target> =>
    name === 'project'
      ? new ProjectTarget(await startServer(label, projectArgs, projectEnv), options.connections)
      : new FloorTarget(await startServer(label, floorArgs, { PORT: '0', JWT_SECRET: secret, ...services }), options.connections);
  if (options.targets.includes('project')) {
    const project = await startTarget('project', 'project');
    targets.push(project);
    const { database, pubsub, url } = project.child.listening;
    log(
      `project: node --import tsx src/main.ts, pid ${project.child.pid}, ${url}, database ${String(database)}, pub/sub ${String(pubsub)}`,
    );
  }
  if (options.targets.includes('floor') && mode.kind === 'real') {
    const floor = await startTarget('floor', 'floor');
    targets.push(floor);
    log(`floor: ws + ioredis + pg, pid ${floor.child.pid}, ${floor.child.listening.url}`);
  }
  record['servers'] = Object.fromEntries(
    children.map((child) => [child.name, { pid: child.pid, database: child.listening['database'], pubsub: child.listening['pubsub'] }]),
  );

  const metered = localServices(mode);
  if (mode.kind === 'real') {
    log(
      metered.length > 0
        ? `CPU of the local services measured too: ${metered.map(({ name, command }) => `${name} (every '${command}' process)`).join(', ')}`
        : "PostgreSQL and Redis do not run on this machine: only the servers' own CPU is measured",
    );
  }
  const serverPids = children.map((child) => child.pid);
  // The storm's instance A, killed by its turn, which closes it too.
  const startInstance = (like: Target) => startTarget(like.name, `${like.name} A (storm)`);
  const context: TurnContext = { options, admin: admin!, users, services: metered, serverPids, startInstance, log };
  // No forced GC before or between the measured loads (see memory.ts): the memory check comes after them all.
  for (const target of targets) {
    if (options.warmup > 0) {
      log(`warm-up: ${target.name}`);
      await warmUp(target, context);
    }
  }
  // Each target's conversation is started by its first conversation turn and kept for the others.
  const conversations = new Map<Target, Promise<string>>();
  const turn = async (workload: Workload, target: Target, turnContext: TurnContext) => {
    if (workload === 'unicast') return unicastTurn(target, turnContext);
    if (workload === 'writes') return writesTurn(target, turnContext);
    if (workload === 'storm') return stormTurn(target, turnContext);
    if (!conversations.has(target)) conversations.set(target, target.startConversation(users.slice(0, options.participants)));
    return conversationTurn(target, turnContext, await conversations.get(target)!);
  };
  const workloads: Record<string, unknown> = {};
  for (const workload of options.workloads) {
    const outcomes: RoundOutcome[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      // Alternate who goes first, so neither always runs on a machine warmed (or tired) by the other.
      const order = round % 2 === 1 ? targets : [...targets].reverse();
      for (const target of order) {
        log(`${workload}, round ${round} of ${options.rounds}: ${target.name}`);
        await settleServers(serverPids);
        try {
          const result = await turn(workload, target, context);
          outcomes.push({ round, target: target.name, result });
          log(`  ${pace(workload, result.figures)}`);
          for (const [kind, { count, example }] of Object.entries(result.problems)) log(`  ${count} x ${kind}: ${example}`);
        } catch (error) {
          failed = true;
          outcomes.push({ round, target: target.name, error: (error as Error).message });
          log(`  FAILED: ${(error as Error).message}`);
        }
        if (target.child.complaints().length > 0) log(`  ${target.name} logged ${target.child.complaints().length} warning(s) so far`);
      }
    }
    workloads[workload] = summarise(workload, outcomes);
  }
  record['workloads'] = workloads;

  if (options.gc) {
    // Every workload once more, as measured but quietly: the memory check measures what they leave behind.
    const repeatLoads = async (target: Target) => {
      const quiet = { ...context, options: { ...options, settle: 0 }, log: () => {} };
      const results = [];
      for (const workload of options.workloads) results.push(await turn(workload, target, quiet));
      return results;
    };
    const memory: Record<string, Figures> = {};
    for (const target of targets) {
      log(`memory check: ${target.name} (full GCs through the inspector, after every measured load and after one more)`);
      try {
        memory[target.name] = await memoryCheck(target, context, () => repeatLoads(target));
      } catch (error) {
        failed = true;
        log(`  FAILED: ${(error as Error).message}`);
      }
    }
    // On PGlite it would open the project's data directory beside the project, and measure PGlite.
    if (memory['project'] && mode.kind === 'real') {
      log('memory check: the production build (npm run build, then node dist/main.js), right after start and idle a minute later');
      try {
        const rss = await productionRss(root, (label, args) => startServer(label, args, productionEnv));
        memory['project']['productionStartRssMB'] = rss.atStart / MB;
        memory['project']['productionMinuteRssMB'] = rss.aMinuteIn / MB;
      } catch (error) {
        failed = true;
        log(`  FAILED: ${(error as Error).message}`);
      }
    }
    console.log(`\n## memory after forced full GCs (${mode.kind} mode)\n`);
    console.log(table('memory', memory['project'], memory['floor']));
    console.log('');
    record['memory'] = { ...memory, ratio: ratios(memory['project'], memory['floor'], 'memory') };
  }
} catch (error) {
  failed = true;
  record['error'] = (error as Error).message;
  console.error(`\nthe run failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

const complaints = Object.fromEntries(children.map((child) => [child.name, child.complaints()]).filter(([, lines]) => lines!.length > 0));
if (Object.keys(complaints).length > 0) {
  record['serverComplaints'] = Object.fromEntries(
    Object.entries(complaints).map(([name, lines]) => [name, (lines as string[]).slice(0, 20)]),
  );
  for (const [name, lines] of Object.entries(complaints) as [string, string[]][]) {
    console.log(`\n${name} logged ${lines.length} warning(s) or error(s); the first:`);
    for (const line of lines.slice(0, 5)) console.log(`  ${line.slice(0, 400)}`);
  }
}
if (options.cpuProf) {
  const file = mainProfile(profileDir);
  if (file) {
    record['profile'] = file;
    console.log(`\nproject CPU profile: ${file}\n${summariseProfile(file)}`);
  } else console.log('\nno CPU profile was written (the project did not exit cleanly?)');
}
record['runSeconds'] = Math.round((performance.now() - started) / 100) / 10;
if (options.out && record['workloads']) {
  appendResult(resolve(root, options.out), record);
  console.log(`\nappended to ${options.out}`);
}
console.log(`run took ${record['runSeconds']} s`);
process.exit(failed ? 1 : 0);

/**
 * Waits until no server works (at most 1 % of a core over 10 s, for at most
 * a minute): V8 runs memory-reducing collections some seconds after a load,
 * and those of a server that was just measured would otherwise land in the
 * next server's turn (at N=5,000, the project's took 20 to 65 % of a core
 * for a second of the floor's load).
 */
async function settleServers(pids: number[]): Promise<void> {
  const quietMs = 10_000;
  const { seconds, quiet } = await untilQuiet(pids, { quietMs, maxMs: 60_000, idlePercent: 1 });
  if (!quiet) log(`  the servers did not go quiet within ${seconds.toFixed(0)} s: starting anyway`);
  // Servers quiet from the start take quietMs (and a little for the timers): say so only when they were busy.
  else if (seconds * 1000 > quietMs + 500) log(`  waited ${seconds.toFixed(0)} s for the servers to go quiet`);
}

/** One line on how a turn went. */
function pace(workload: Workload, f: Figures): string {
  if (workload === 'storm') {
    return (
      `all live again in ${f['allLiveSeconds']!.toFixed(1)} s, ${f['reconnectAttempts']} attempts, lost ${f['lost']}, ` +
      `duplicated ${f['duplicates']}, p99 ${f['stormLatencyP99']!.toFixed(0)} ms during the storm, ${f['afterLatencyP99']!.toFixed(1)} ms after`
    );
  }
  const rss = `RSS ${f['rssBeforeMB']!.toFixed(0)} MB before connecting, ${f['rssConnectedMB']!.toFixed(0)} MB after, ${f['rssSettledMB']!.toFixed(0)} MB settled`;
  if (workload === 'writes') {
    return `${f['sendRate']!.toFixed(0)} calls/s answered, HTTP p99 ${f['httpP99']!.toFixed(1)} ms, ${f['cpuMsPerCall']!.toFixed(3)} ms of server CPU a call, ${rss}`;
  }
  return `${f['deliveredPerSec']!.toFixed(0)}/s delivered, p99 ${f['latencyP99']!.toFixed(1)} ms, lost ${f['lost']}, ${rss}`;
}

function summarise(workload: Workload, outcomes: RoundOutcome[]) {
  const project = combine(outcomes.filter((outcome) => outcome.target === 'project'));
  const floor = combine(outcomes.filter((outcome) => outcome.target === 'floor'));
  const headings: Record<Workload, string> = {
    unicast: `unicast: ${options.sockets} sockets, ${options.events} events at ${options.rate}/s`,
    writes: `writes: ${options.events} sendNotification calls at ${options.rate}/s to ${options.sockets} users, no socket open`,
    conversation: `conversation: ${options.participants} participants, ${options.msgRate} messages/s for ${options.duration} s`,
    storm: `storm: ${options.sockets} clients lose their instance and come back to another, ${options.rate} events/s, ${options.events} from the kill on`,
  };
  const heading = headings[workload];
  console.log(`\n## ${heading} (${mode?.kind} mode${options.rounds > 1 ? `; medians of ${options.rounds} rounds, counts summed` : ''})\n`);
  console.log(table(workload, project, floor));
  const below = legend(workload);
  if (below) console.log(`\n${below}`);
  const fellBehind: string[] = [];
  for (const [name, figures] of Object.entries({ project, floor })) {
    if (!figures || keptUp(figures)) continue;
    fellBehind.push(name);
    console.log(
      `\nThe ${name}'s calls took ${figures['httpP50']!.toFixed(0)} ms at the median, ${figures['httpP99']!.toFixed(0)} ms at p99: it did not keep up with the offered load on this machine just now,`,
    );
    console.log('so its latencies are mostly its queue. Run again (the machine may be busy), or lower --rate.');
  }
  for (const outcome of outcomes) if (outcome.error) console.log(`\n${outcome.target}, round ${outcome.round} failed: ${outcome.error}`);
  console.log('');
  return { project, floor, ratio: ratios(project, floor, workload), fellBehind, rounds: outcomes };
}
