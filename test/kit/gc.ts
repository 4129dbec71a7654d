import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;
