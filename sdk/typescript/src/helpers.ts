// Paging and retries for every Leadflow call, with the C++ SDK's rules.

import { getOption, type DescMessage, type DescMethod, type MessageShape } from "@bufbuild/protobuf";
import { Code, ConnectError, type Interceptor } from "@connectrpc/connect";
import { required_scope } from "./gen/leadflow/v1/annotations_pb.js";

/** A page of a List call: its items and the token of the next page ("" on the last). */
interface Page {
  nextPageToken: string;
}

/**
 * Every item of a List call, page after page, fetching the next page only
 * when the loop gets there:
 *
 *     for await (const lead of listAll((r) => leads.listLeads(r), { pageSize: 100 }, (p) => p.leads)) {
 *       console.log(lead.name);
 *     }
 *
 * `call` makes one page's call (pass call options inside it), `request` is
 * the first page's request (its `pageToken` says where to start, and it is
 * not changed), and `items` takes a page's items out. A failed page rejects
 * the iteration with its `ConnectError`.
 */
export async function* listAll<Req extends { pageToken?: string }, Res extends Page, Item>(
  call: (request: Req) => Promise<Res>,
  request: Req,
  items: (page: Res) => Item[],
): AsyncGenerator<Item, void, undefined> {
  let pageToken = request.pageToken ?? "";
  for (;;) {
    const page = await call({ ...request, pageToken });
    yield* items(page);
    if (page.nextPageToken === "") return;
    pageToken = page.nextPageToken;
  }
}

/** How `retries` attempts calls again. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /**
   * The cap of the first pause, in milliseconds (default 500); each next cap
   * doubles, up to `maxDelayMs` (default 5000). A pause is drawn between half
   * its cap and its cap: by default 0.25–0.5, 0.5–1, 1–2 and 2–4 s, so the five
   * attempts span at least 3.75 s, enough for a server to restart.
   */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/** Whether `method` only reads: its required scope ends in ".read". */
export function isRead(method: DescMethod): boolean {
  return getOption(method, required_scope).endsWith(".read");
}

/** Whether a write carries a request id or an etag, its own or its resource's. */
export function isRepeatableWrite(message: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(message)) {
    if ((key === "requestId" || key === "etag") && typeof value === "string" && value !== "") return true;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const etag = (value as Record<string, unknown>).etag;
      if (typeof etag === "string" && etag !== "") return true;
    }
  }
  return false;
}

/**
 * An interceptor that attempts a unary call that failed with UNAVAILABLE
 * (a server restarting, a connection lost) again, with exponential backoff
 * and jitter, when that cannot do anything twice: reads, and writes that
 * carry a `requestId` or an `etag` (the server answers a repeat with the
 * first reply, or refuses it as stale). Other writes fail at once. The C++
 * SDK's rule; `createLeadflowTransport` installs it unless `retries: false`.
 */
export function retries(options: RetryOptions = {}): Interceptor {
  const maxAttempts = options.maxAttempts ?? 5;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  return (next) => async (req) => {
    const message = req.message as MessageShape<DescMessage> & Record<string, unknown>;
    if (req.stream || !(isRead(req.method) || isRepeatableWrite(message))) return next(req);
    let delayMs = options.initialDelayMs ?? 500;
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(req);
      } catch (err) {
        const unavailable = ConnectError.from(err).code === Code.Unavailable;
        if (!unavailable || attempt >= maxAttempts || req.signal.aborted) throw err;
        await new Promise((resolve) => setTimeout(resolve, delayMs / 2 + (Math.random() * delayMs) / 2));
        delayMs = Math.min(delayMs * 2, maxDelayMs);
      }
    }
  };
}
