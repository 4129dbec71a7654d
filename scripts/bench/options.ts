// The command line of `npm run bench`: flags, their defaults and their checks.

export type Workload = 'unicast' | 'writes' | 'conversation' | 'storm';
export type TargetName = 'project' | 'floor';

export interface Options {
  workloads: Workload[];
  /** Unicast and storm: sockets, one distinct user each (writes: the users called, none of them connected). */
  sockets: number;
  /** Unicast: sendNotification calls (storm: from the kill on). */
  events: number;
  /** Unicast and storm: sendNotification calls per second. */
  rate: number;
  /** Conversation: participants, the creator included (the project allows 1,000 at most). */
  participants: number;
  /** Conversation: sendMessage calls per second. */
  msgRate: number;
  /** Conversation: seconds of sending. */
  duration: number;
  /** Turns per target and workload; targets alternate which goes first. */
  rounds: number;
  targets: TargetName[];
  /** Keep-alive HTTP connections of the sending pool. */
  connections: number;
  /** Sockets being opened at once while connecting. */
  connectConcurrency: number;
  /** Seconds after the last event before the settled memory is read. */
  settle: number;
  /** Seconds without a new delivery, once every send returned, before the rest counts as lost. */
  drainTimeout: number;
  /** Unmeasured unicast events (to at most 100 sockets) each target gets first, to warm its JIT and heap; 0: none. */
  warmup: number;
  /** Seconds of unmeasured sends at the measured rate, to the measured sockets, right before each measured load; 0: none. */
  leadIn: number;
  /** Seed of the random recipients and senders: every target gets the same sequence. */
  seed: number;
  /** Start both servers with --inspect=127.0.0.1:0 and read their memory after a forced full GC once each load is over. */
  gc: boolean;
  /** Run the project's server under `node --cpu-prof` and summarise where its time went. */
  cpuProf: boolean;
  /** Where one JSON line per run is appended; empty: nowhere. */
  out: string;
  /** The whole run is aborted after this many minutes. */
  maxMinutes: number;
}

const DEFAULTS: Options = {
  workloads: ['unicast'],
  sockets: 2_000,
  events: 20_000,
  rate: 2_000,
  participants: 1_000,
  msgRate: 20,
  duration: 10,
  rounds: 1,
  targets: ['project', 'floor'],
  connections: 50,
  connectConcurrency: 100,
  settle: 5,
  drainTimeout: 15,
  warmup: 1_000,
  leadIn: 2,
  seed: 1,
  gc: true,
  cpuProf: false,
  out: 'bench-results/results.jsonl',
  maxMinutes: 30,
};

// The storm's own defaults, where the flags are not given: the 1,000 events/s, for 30 s from the kill
// (the 20 s the clients have to be live again, the storm's tail, and a steady state after it).
const STORM_RATE = 1_000;
const STORM_EVENTS = 30_000;

export const HELP = `npm run bench -- [flags]

Starts the project's server and a floor server (ws + ioredis + pg, no GraphQL) as child
processes and drives both with the same load generator, in turns. Real PostgreSQL and Redis
when DATABASE_URL and REDIS_URL are set (a fresh database is created and dropped); embedded
PGlite otherwise (then only the project runs: the floor needs PostgreSQL and Redis).

  --workload unicast|writes|conversation|all|storm   what to run (default unicast; all: the first three)
                        writes: the unicast calls with no socket open, so the write path alone
                        storm: N clients subscribed on a second instance, which is killed after the
                        lead-in; they come back to the first with the client package's backoff, from
                        their cursors. No memory check (the run's instances are not the same after it)
  --sockets N           unicast, storm: sockets, one user each (default ${DEFAULTS.sockets})
  --events E            unicast: sendNotification calls (default ${DEFAULTS.events}); storm: calls from
                        the kill on (default ${STORM_EVENTS})
  --rate R              unicast, storm: calls per second (default ${DEFAULTS.rate}; storm ${STORM_RATE})
  --participants P      conversation: participants, at most 1000 (default ${DEFAULTS.participants})
  --msg-rate M          conversation: sendMessage calls per second (default ${DEFAULTS.msgRate})
  --duration S          conversation: seconds of sending (default ${DEFAULTS.duration})
  --rounds K            turns per target; the first target alternates (default ${DEFAULTS.rounds})
  --only project|floor  drive one target only
  --connections C       keep-alive HTTP connections that send (default ${DEFAULTS.connections})
  --connect-concurrency sockets opened at once (default ${DEFAULTS.connectConcurrency})
  --settle S            seconds after the last event before memory is read again (default ${DEFAULTS.settle})
  --drain-timeout S     seconds without a delivery before the rest counts as lost (default ${DEFAULTS.drainTimeout})
  --warmup E            unmeasured events to at most 100 sockets first, per target (default ${DEFAULTS.warmup}; 0: none)
  --lead-in S           seconds of unmeasured sends at the measured rate to the measured sockets, just
                        before each measured load, so it starts in a steady state rather than in the wake
                        of N connections (default ${DEFAULTS.leadIn}; 0: none)
  --seed X              seed of the random recipients (default ${DEFAULTS.seed})
  --no-gc               no memory check; by default both servers run with --inspect=127.0.0.1:0 and,
                        once every measured load is over (never before one), full GCs are forced
                        through the inspector: before and after every workload once more (what
                        a load leaves behind), then with N idle subscribed sockets
  --cpu-prof            run the project under node --cpu-prof; prints its hottest functions
  --out FILE            results file, one JSON line per run (default ${DEFAULTS.out}); --no-save: none
  --max-minutes M       abort the whole run after M minutes (default ${DEFAULTS.maxMinutes})
  --help
`;

export class UsageError extends Error {}

/** Whether a workload of the run calls the --sockets users (unicast, writes); otherwise only the participants. */
export function callsUnicastUsers(options: Options): boolean {
  return options.workloads.some((workload) => workload !== 'conversation');
}

/** Parses argv (without node and the script); throws UsageError with a message for the user. */
export function parseOptions(argv: string[]): Options | 'help' {
  const options: Options = { ...DEFAULTS, workloads: [...DEFAULTS.workloads], targets: [...DEFAULTS.targets] };
  const args = [...argv];
  const given = new Set<string>();
  const int = (flag: string, text: string | undefined, min: number, max: number): number => {
    const value = Number(text);
    if (text === undefined || !Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(`${flag} needs a whole number from ${min} to ${max} (got ${text ?? 'nothing'})`);
    }
    return value;
  };
  while (args.length > 0) {
    const arg = args.shift()!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args.shift();
    given.add(flag);
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--workload': {
        const workload = value();
        if (workload === 'all') options.workloads = ['unicast', 'writes', 'conversation'];
        else if (workload === 'unicast' || workload === 'writes' || workload === 'conversation' || workload === 'storm')
          options.workloads = [workload];
        else throw new UsageError(`--workload is unicast, writes, conversation, all or storm (got ${workload ?? 'nothing'})`);
        break;
      }
      case '--only': {
        const target = value();
        if (target !== 'project' && target !== 'floor') throw new UsageError(`--only is project or floor (got ${target ?? 'nothing'})`);
        options.targets = [target];
        break;
      }
      case '--sockets':
        options.sockets = int(flag, value(), 1, 15_000);
        break;
      case '--events':
        options.events = int(flag, value(), 1, 10_000_000);
        break;
      case '--rate':
        options.rate = int(flag, value(), 1, 1_000_000);
        break;
      case '--participants':
        options.participants = int(flag, value(), 2, 1_000);
        break;
      case '--msg-rate':
        options.msgRate = int(flag, value(), 1, 10_000);
        break;
      case '--duration':
        options.duration = int(flag, value(), 1, 3_600);
        break;
      case '--rounds':
        options.rounds = int(flag, value(), 1, 20);
        break;
      case '--connections':
        options.connections = int(flag, value(), 1, 1_000);
        break;
      case '--connect-concurrency':
        options.connectConcurrency = int(flag, value(), 1, 5_000);
        break;
      case '--settle':
        options.settle = int(flag, value(), 0, 600);
        break;
      case '--drain-timeout':
        options.drainTimeout = int(flag, value(), 1, 600);
        break;
      case '--warmup':
        options.warmup = int(flag, value(), 0, 1_000_000);
        break;
      case '--lead-in':
        options.leadIn = int(flag, value(), 0, 600);
        break;
      case '--seed':
        options.seed = int(flag, value(), 0, 2 ** 31 - 1);
        break;
      case '--no-gc':
        options.gc = false;
        break;
      case '--cpu-prof':
        options.cpuProf = true;
        break;
      case '--out':
        options.out = value() ?? '';
        if (!options.out) throw new UsageError('--out needs a file');
        break;
      case '--no-save':
        options.out = '';
        break;
      case '--max-minutes':
        options.maxMinutes = int(flag, value(), 1, 24 * 60);
        break;
      default:
        throw new UsageError(`unknown flag ${arg}; see --help`);
    }
  }
  if (options.workloads.includes('storm')) {
    if (!given.has('--rate')) options.rate = STORM_RATE;
    if (!given.has('--events')) options.events = STORM_EVENTS;
    // What idle sockets hold is the other workloads' to measure: after a storm, the instances are not those of the run.
    options.gc = false;
  }
  return options;
}

/** The flags as recorded with the results. */
export function describeFlags(options: Options): Record<string, unknown> {
  const { out: _out, ...flags } = options;
  return flags;
}
