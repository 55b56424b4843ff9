package dev.leadflow.client;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a List call, page after page.
 *
 * <p>Each Leadflow List RPC takes {@code page_size} and {@code page_token} and answers with a
 * page of items and {@code next_page_token} (AIP-158). These follow the tokens and hand out the
 * items one by one, asking for the next page only when the reader gets that far:
 *
 * <pre>{@code
 * for (Lead lead : LeadflowPages.all(leads::listLeads,
 *     ListLeadsRequest.newBuilder().setFilter("lead_source = \"Web\"").build(),
 *     ListLeadsResponse::getLeadsList)) {
 *   System.out.println(lead.getName());
 * }
 * }</pre>
 *
 * <p>The request is not changed; its {@code page_token} says where to start. A failed page
 * throws its {@code StatusRuntimeException} from the iteration.
 */
public final class LeadflowPages {
  private static final String PAGE_TOKEN = "page_token";
  private static final String NEXT_PAGE_TOKEN = "next_page_token";

  private LeadflowPages() {}

  /**
   * The items of every page, lazily; each iteration starts again from {@code request}.
   *
   * @param call fetches one page
   * @param request the first page's request
   * @param items picks a page's items from its response, e.g. {@code
   *     ListLeadsResponse::getLeadsList}
   * @throws IllegalArgumentException when {@code request} has no {@code page_token} field
   */
  public static <RequestT extends Message, ResponseT extends Message, T> Iterable<T> all(
      ListCall<RequestT, ResponseT> call,
      RequestT request,
      Function<? super ResponseT, ? extends List<? extends T>> items) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(items, "items");
    FieldDescriptor pageToken = stringField(request, PAGE_TOKEN);
    return () -> new PageIterator<>(call, request, items, pageToken);
  }

  /** {@link #all} as a sequential stream. */
  public static <RequestT extends Message, ResponseT extends Message, T> Stream<T> stream(
      ListCall<RequestT, ResponseT> call,
      RequestT request,
      Function<? super ResponseT, ? extends List<? extends T>> items) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            all(call, request, items).iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static FieldDescriptor stringField(Message message, String name) {
    FieldDescriptor field = message.getDescriptorForType().findFieldByName(name);
    if (field == null
        || field.isRepeated()
        || field.getJavaType() != FieldDescriptor.JavaType.STRING) {
      throw new IllegalArgumentException(
          message.getDescriptorForType().getFullName() + " has no string field " + name);
    }
    return field;
  }

  private static final class PageIterator<RequestT extends Message, ResponseT extends Message, T>
      implements Iterator<T> {
    private final ListCall<RequestT, ResponseT> call;
    private final Function<? super ResponseT, ? extends List<? extends T>> items;
    private final FieldDescriptor pageToken;
    private RequestT next; // the request of the page to fetch; null after the last page
    private Iterator<? extends T> page = List.<T>of().iterator();

    PageIterator(
        ListCall<RequestT, ResponseT> call,
        RequestT first,
        Function<? super ResponseT, ? extends List<? extends T>> items,
        FieldDescriptor pageToken) {
      this.call = call;
      this.items = items;
      this.pageToken = pageToken;
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      // A page may come back empty with a token (the server cut it short), so
      // keep fetching until an item or the last page.
      while (!page.hasNext() && next != null) {
        ResponseT response = call.call(next);
        page = items.apply(response).iterator();
        String token = (String) response.getField(stringField(response, NEXT_PAGE_TOKEN));
        next = token.isEmpty() ? null : withPageToken(next, token);
      }
      return page.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }

    @SuppressWarnings("unchecked") // toBuilder().build() keeps the message's own class
    private RequestT withPageToken(RequestT request, String token) {
      return (RequestT) request.toBuilder().setField(pageToken, token).build();
    }
  }
}
