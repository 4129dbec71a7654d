// Writes schema.graphql from the code: `npm run schema:print`.
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql';

writeFileSync(new URL('../schema.graphql', import.meta.url), `${printSchema(schema)}\n`);
