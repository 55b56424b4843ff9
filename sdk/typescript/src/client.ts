// Connecting to Leadflow: one HTTP/2 connection (gRPC over Connect's Node
// transport) shared by the clients of the four services.

import { randomUUID } from "node:crypto";
import type * as http2 from "node:http2";
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import { AccountService } from "./gen/leadflow/v1/account_service_pb.js";
import { EventService } from "./gen/leadflow/v1/event_service_pb.js";
import { LeadService } from "./gen/leadflow/v1/lead_service_pb.js";
import { OpportunityService } from "./gen/leadflow/v1/opportunity_service_pb.js";
import { retries, type RetryOptions } from "./helpers.js";

/** The request header naming the user a change is made for (kept in history). */
export const ACTOR_HEADER = "leadflow-actor";

/** PEM material for a TLS connection. */
export interface TlsOptions {
  /** Root certificates to trust instead of Node's defaults. */
  ca?: string | Buffer;
  /** Client certificate chain, for mutual TLS. */
  cert?: string | Buffer;
  /** Client private key, for mutual TLS. */
  key?: string | Buffer;
  /** The name to check the server's certificate against, when not the host. */
  serverName?: string;
}

/** How to reach Leadflow. */
export interface LeadflowOptions {
  /**
   * The server: `host:port` (e.g. `127.0.0.1:50051`, plaintext unless `tls` is
   * given) or a URL `http://host:port` / `https://host:port`.
   */
  address: string;
  /** Connect with TLS: `true` for Node's default roots, or PEM material. */
  tls?: boolean | TlsOptions;
  /** Sent as `authorization: Bearer <token>` on every call. */
  bearerToken?: string;
  /** Default `leadflow-actor` of every call (a call's own header wins). */
  actor?: string;
  /** Default deadline of every call, in milliseconds (a call's own `timeoutMs` wins). */
  timeoutMs?: number;
  /** Prepended to the user-agent, e.g. `"billing-sync/1.4"`. */
  userAgent?: string;
  /**
   * Attempt a call that failed with UNAVAILABLE again when that cannot do
   * anything twice (see `retries`); on unless `false`.
   */
  retries?: boolean | RetryOptions;
  /** More interceptors, run after the SDK's own. */
  interceptors?: Interceptor[];
}

/** A transport to Leadflow and the means to close its connection. */
export interface LeadflowTransport {
  readonly transport: Transport;
  /** Closes the connection; calls in flight fail. The process can exit without it. */
  close(): void;
}

/** Clients of the four Leadflow services over one connection. */
export interface LeadflowClients extends LeadflowTransport {
  readonly leads: Client<typeof LeadService>;
  readonly accounts: Client<typeof AccountService>;
  readonly opportunities: Client<typeof OpportunityService>;
  /**
   * The change feed. `watchEvents` is a server stream (an async iterable):
   * give it `{ signal }` to stop it, and `timeoutMs: 0` to lift the default
   * deadline, which would otherwise end it.
   */
  readonly events: Client<typeof EventService>;
}

function baseUrlOf(options: LeadflowOptions): string {
  const address = options.address.trim();
  if (/^https?:\/\//.test(address)) return address;
  if (address === "") throw new Error("LeadflowOptions.address is empty");
  return `${options.tls ? "https" : "http"}://${address}`;
}

/**
 * An interceptor that sends `authorization: Bearer <token>` on every call
 * that has no `authorization` header of its own. Connect has no separate
 * call credentials: headers are how a token travels, over TLS or not.
 * `createLeadflowTransport` adds it for `bearerToken`; use it directly with
 * a transport of your own.
 */
export function bearerToken(token: string): Interceptor {
  return (next) => async (req) => {
    if (!req.header.has("authorization")) req.header.set("authorization", `Bearer ${token}`);
    return next(req);
  };
}

function defaultHeaders(options: LeadflowOptions): Interceptor {
  return (next) => async (req) => {
    if (options.actor && !req.header.has(ACTOR_HEADER)) req.header.set(ACTOR_HEADER, options.actor);
    if (options.userAgent) {
      const current = req.header.get("user-agent");
      req.header.set("user-agent", current ? `${options.userAgent} ${current}` : options.userAgent);
    }
    return next(req);
  };
}

/** Opens (lazily, on the first call) a gRPC connection to Leadflow. */
export function createLeadflowTransport(options: LeadflowOptions | string): LeadflowTransport {
  const opts: LeadflowOptions = typeof options === "string" ? { address: options } : options;
  const baseUrl = baseUrlOf(opts);
  const nodeOptions: http2.SecureClientSessionOptions = {};
  if (typeof opts.tls === "object") {
    if (opts.tls.ca !== undefined) nodeOptions.ca = opts.tls.ca;
    if (opts.tls.cert !== undefined) nodeOptions.cert = opts.tls.cert;
    if (opts.tls.key !== undefined) nodeOptions.key = opts.tls.key;
    if (opts.tls.serverName !== undefined) nodeOptions.servername = opts.tls.serverName;
  }
  const sessionManager = new Http2SessionManager(baseUrl, {}, nodeOptions);
  const transport = createGrpcTransport({
    baseUrl,
    sessionManager,
    defaultTimeoutMs: opts.timeoutMs,
    interceptors: [
      ...(opts.retries === false ? [] : [retries(opts.retries === true ? {} : opts.retries)]),
      defaultHeaders(opts),
      ...(opts.bearerToken ? [bearerToken(opts.bearerToken)] : []),
      ...(opts.interceptors ?? []),
    ],
  });
  return { transport, close: () => sessionManager.abort() };
}

/**
 * Clients of LeadService, AccountService, OpportunityService and
 * EventService sharing one connection. Each method takes the request (a
 * plain object is fine) and optional call options (`timeoutMs`, `headers`,
 * `signal`), and returns a Promise of the response (a server stream, such as
 * `events.watchEvents`, returns an async iterable of responses); a refused
 * call rejects with a `ConnectError` (see `errorReason`, `invalidFields`).
 */
export function createLeadflowClients(options: LeadflowOptions | string): LeadflowClients {
  const { transport, close } = createLeadflowTransport(options);
  return {
    transport,
    close,
    leads: createClient(LeadService, transport),
    accounts: createClient(AccountService, transport),
    opportunities: createClient(OpportunityService, transport),
    events: createClient(EventService, transport),
  };
}

/** A fresh request id (UUIDv4) for `request_id` fields, which make creates and conversions retry-safe. */
export function newRequestId(): string {
  return randomUUID();
}
