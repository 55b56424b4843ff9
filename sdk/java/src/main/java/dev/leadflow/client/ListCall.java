package dev.leadflow.client;

/**
 * One page of a Leadflow List RPC: a blocking stub's method, e.g. {@code leads::listLeads}, or
 * a lambda that sets a deadline per page, {@code r -> leads.withDeadlineAfter(10,
 * SECONDS).listLeads(r)}.
 *
 * @param <RequestT> the List request, e.g. {@code ListLeadsRequest}
 * @param <ResponseT> its response, e.g. {@code ListLeadsResponse}
 */
@FunctionalInterface
public interface ListCall<RequestT, ResponseT> {
  /** Fetches the page that {@code request}'s {@code page_token} names. */
  ResponseT call(RequestT request);
}
