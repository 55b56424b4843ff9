// A change-feed consumer for the story. Services react to Leadflow by
// following EventService.WatchEvents instead of polling the List calls; this
// one runs as an async task beside the story, from just before the
// conversion until the lead's LEAD_CONVERTED, which comes right after the
// events of the account, contact and opportunity that the conversion created
// or linked (its `conversion` field names them).

import { Event_Type, type Event, type LeadflowClients } from "@leadflow/client";

/** The consumer aborts the watch once it has seen the conversion; the deadline only matters should that never come. */
const WATCH_TIMEOUT_MS = 60_000;

export class ConversionWatcher {
  /** Every event seen, in order. */
  readonly events: Event[] = [];
  /**
   * The cursor: the sequence of the last event processed. A real consumer
   * stores it with what it did with the event; after a restart or a broken
   * stream it resumes right after it, missing nothing and seeing nothing
   * twice: `events.watchEvents({ afterSequence: cursor }, ...)`.
   */
  cursor = 0n;
  private readonly abort = new AbortController();
  private readonly firstMessage: Promise<void>;
  private readonly done: Promise<void>;

  constructor(
    client: LeadflowClients["events"],
    readonly lead: string,
  ) {
    let markFirstMessage = () => {};
    this.firstMessage = new Promise((resolve) => (markFirstMessage = resolve));
    this.done = this.follow(client, markFirstMessage);
    this.done.catch(() => {}); // reported by the wait methods
  }

  private async follow(client: LeadflowClients["events"], markFirstMessage: () => void): Promise<void> {
    try {
      // startAtLatest: only changes committed from now on. While nothing
      // happens, a heartbeat comes every second.
      const stream = client.watchEvents(
        { startAtLatest: true, heartbeatInterval: { seconds: 1n } },
        { signal: this.abort.signal, timeoutMs: WATCH_TIMEOUT_MS },
      );
      for await (const response of stream) {
        markFirstMessage();
        for (const event of response.events) {
          this.events.push(event);
          this.cursor = event.sequence;
          if (event.type === Event_Type.LEAD_CONVERTED && event.resource === this.lead) return;
        }
        // A heartbeat (no events) advances the cursor as well.
        if (response.checkpointSequence > this.cursor) this.cursor = response.checkpointSequence;
      }
      throw new Error("the change feed ended before the conversion");
    } finally {
      this.abort.abort(); // ends the stream
    }
  }

  /**
   * Waits for the stream's first message: the watch has started, so nothing
   * committed from now on can slip in before its starting point.
   */
  async waitStarted(timeoutMs: number): Promise<void> {
    await this.within(Promise.race([this.firstMessage, this.done]), timeoutMs, "the change feed sent nothing");
  }

  /** Waits until the consumer has seen the lead's LEAD_CONVERTED; returns every event it saw. */
  async waitConverted(timeoutMs: number): Promise<Event[]> {
    await this.within(this.done, timeoutMs, `no LEAD_CONVERTED for ${this.lead} on the change feed`);
    return this.events;
  }

  private async within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.abort.abort();
        reject(new Error(`${what} in ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
