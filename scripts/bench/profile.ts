// A rough reading of a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script lives: a package under node_modules, a folder of src, or Node itself. */
function placeOf(url: string): string {
  if (!url) return '(native / V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node (core)';
  const src = /\/src\/(.+)\/[^/]+$/.exec(url) ?? /\/src\/([^/]+)$/.exec(url);
  return src ? `src/${src[1]}` : url.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  let total = 0;
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    total += us;
    const where = placeOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}${frame.url && !frame.url.includes('node_modules') ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    places.set(where, (places.get(where) ?? 0) + us);
  }
  const list = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return [
    `busy CPU in the profile: ${(total / 1e6).toFixed(1)} s (idle left out)`,
    'self time by package or src folder:',
    list(places),
    'self time by function:',
    list(functions),
  ].join('\n');
}

/** The main thread's .cpuprofile in a directory: the largest (tsx's loader thread writes a small one beside it). */
export function mainProfile(dir: string): string | undefined {
  try {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => ({ path: join(dir, name), size: statSync(join(dir, name)).size }))
      .sort((a, b) => b.size - a.size);
    return files[0]?.path;
  } catch {
    return undefined;
  }
}
