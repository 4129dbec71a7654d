import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import type { Context } from './context';

/** The one schema builder; each domain's .graphql.ts adds its types to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
  };
}>({ plugins: [DataloaderPlugin], defaultFieldNullability: false });
