import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function bodyTooLarge(): GraphQLError {
  return new GraphQLError('Request body too large', { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } });
}

/** The whole body as text, refused with 413 as soon as it grows past `limit` bytes. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  // Released, not cancelled, when refused: cancelling would drop the connection before the 413 is sent.
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > limit) throw bodyTooLarge();
      chunks.push(read.value);
    }
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks).toString();
}

/**
 * Refuses request bodies over `limit` bytes with 413. yoga's own limit pipes
 * every body through a stream transform, a sixth of a small request's cost;
 * here a declared Content-Length is simply compared (Node's parser never
 * reads past it, and rejects a malformed one), and only a body sent without
 * one (chunked) is counted as it is read.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > limit) throw bodyTooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const body = request.body;
      setRequestParser(async (req) =>
        requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: await readAtMost(body, limit) })),
      );
    },
  };
}
