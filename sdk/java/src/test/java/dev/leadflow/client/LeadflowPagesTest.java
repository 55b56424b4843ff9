package dev.leadflow.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leadflow.v1.GetLeadRequest;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.ListLeadsRequest;
import dev.leadflow.v1.ListLeadsResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeadflowPagesTest {
  private static void addLeads(InProcessLeadflow leadflow, int count) {
    for (int i = 0; i < count; i++) {
      leadflow.service.leads.add(Lead.newBuilder().setName("leads/" + i).setLastName("L" + i).build());
    }
  }

  @Test
  void followsTheTokensOverEveryPage() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(builder -> builder)) {
      addLeads(leadflow, 7);
      LeadServiceGrpc.LeadServiceBlockingStub leads = LeadServiceGrpc.newBlockingStub(leadflow.channel);
      ListLeadsRequest request = ListLeadsRequest.newBuilder().setPageSize(3).setFilter("f").build();

      List<String> names = new ArrayList<>();
      for (Lead lead : LeadflowPages.all(leads::listLeads, request, ListLeadsResponse::getLeadsList)) {
        names.add(lead.getLastName());
      }

      assertEquals(List.of("L0", "L1", "L2", "L3", "L4", "L5", "L6"), names);
      List<ListLeadsRequest> sent = leadflow.service.listRequests;
      assertEquals(List.of("", "3", "6"), sent.stream().map(ListLeadsRequest::getPageToken).toList());
      // Every page keeps the rest of the request.
      assertEquals(List.of("f", "f", "f"), sent.stream().map(ListLeadsRequest::getFilter).toList());
      assertEquals("", request.getPageToken());
    }
  }

  @Test
  void fetchesAPageOnlyWhenTheReaderGetsThere() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(builder -> builder)) {
      addLeads(leadflow, 7);
      LeadServiceGrpc.LeadServiceBlockingStub leads = LeadServiceGrpc.newBlockingStub(leadflow.channel);
      ListLeadsRequest request = ListLeadsRequest.newBuilder().setPageSize(3).build();

      Iterator<Lead> it =
          LeadflowPages.all(leads::listLeads, request, ListLeadsResponse::getLeadsList).iterator();
      it.next();
      it.next();
      it.next();
      assertEquals(1, leadflow.service.listRequests.size());
      it.next();
      assertEquals(2, leadflow.service.listRequests.size());
    }
  }

  @Test
  void streamsStartingFromTheRequestsToken() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(builder -> builder)) {
      addLeads(leadflow, 5);
      LeadServiceGrpc.LeadServiceBlockingStub leads = LeadServiceGrpc.newBlockingStub(leadflow.channel);
      ListLeadsRequest request = ListLeadsRequest.newBuilder().setPageSize(2).setPageToken("1").build();

      String names =
          LeadflowPages.stream(leads::listLeads, request, ListLeadsResponse::getLeadsList)
              .map(Lead::getLastName)
              .collect(Collectors.joining(","));

      assertEquals("L1,L2,L3,L4", names);
    }
  }

  @Test
  void skipsEmptyPagesThatCarryAToken() {
    List<ListLeadsResponse> pages =
        List.of(
            ListLeadsResponse.newBuilder().setNextPageToken("a").build(),
            ListLeadsResponse.newBuilder()
                .addLeads(Lead.newBuilder().setLastName("only"))
                .setNextPageToken("b")
                .build(),
            ListLeadsResponse.getDefaultInstance());
    Iterator<ListLeadsResponse> replies = pages.iterator();

    List<Lead> all =
        LeadflowPages.stream(
                (ListLeadsRequest r) -> replies.next(),
                ListLeadsRequest.getDefaultInstance(),
                ListLeadsResponse::getLeadsList)
            .toList();

    assertEquals(1, all.size());
    assertEquals("only", all.get(0).getLastName());
  }

  @Test
  void refusesARequestWithoutPageToken() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LeadflowPages.all(
                (GetLeadRequest r) -> ListLeadsResponse.getDefaultInstance(),
                GetLeadRequest.getDefaultInstance(),
                ListLeadsResponse::getLeadsList));
  }
}
