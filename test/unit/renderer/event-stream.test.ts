import { describe, expect, it } from 'vitest';
import { parseEventBlock, readEventStream, type StreamEvent } from '../../../src/renderer/src/api/event-stream';

describe('the event stream read by fetch', () => {
  it('parses an event block, and skips comments and keep-alives', () => {
    expect(parseEventBlock('event: sync.progress\ndata: {"a":1}')).toEqual({ event: 'sync.progress', data: '{"a":1}' });
    expect(parseEventBlock('data: line one\ndata: line two')).toEqual({ event: 'message', data: 'line one\nline two' });
    expect(parseEventBlock(': keepalive')).toBeNull();
    expect(parseEventBlock(': connected')).toBeNull();
  });

  it('delivers whole events however the bytes are split, a multi-byte character included', async () => {
    const text = ': connected\n\nevent: connections.changed\ndata: {"label":"Désk"}\n\n: keepalive\n\nevent: sync.progress\ndata: {}\n\n';
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Three bytes at a time: splits the "é" and every line.
        for (let at = 0; at < bytes.length; at += 3) controller.enqueue(bytes.slice(at, at + 3));
        controller.close();
      },
    });
    const events: StreamEvent[] = [];
    await readEventStream(body, (event) => events.push(event));
    expect(events).toEqual([
      { event: 'connections.changed', data: '{"label":"Désk"}' },
      { event: 'sync.progress', data: '{}' },
    ]);
  });
});
