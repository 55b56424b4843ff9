package dev.leadflow.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leadflow.v1.ConvertLeadRequest;
import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.DeleteLeadRequest;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.UpdateLeadRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadflowRetriesTest {
  @Test
  void readsAreTheMethodsWhoseScopeEndsInRead() {
    Set<String> reads = LeadflowRetries.readMethods();

    assertTrue(reads.contains("leadflow.v1.LeadService/GetLead"), reads.toString());
    assertTrue(reads.contains("leadflow.v1.LeadService/ListLeads"), reads.toString());
    assertTrue(reads.contains("leadflow.v1.EventService/WatchEvents"), reads.toString());
    assertTrue(reads.contains("leadflow.v1.AccountService/ListAccounts"), reads.toString());
    assertFalse(reads.contains("leadflow.v1.LeadService/CreateLead"));
    assertFalse(reads.contains("leadflow.v1.LeadService/ConvertLead"));
    assertFalse(reads.contains("leadflow.v1.OpportunityService/UpdateOpportunity"));
  }

  @Test
  void theServiceConfigRetriesEveryReadOnUnavailable() {
    Map<String, ?> config = LeadflowRetries.serviceConfig();

    List<?> methodConfigs = (List<?>) config.get("methodConfig");
    assertEquals(1, methodConfigs.size());
    Map<?, ?> methodConfig = (Map<?, ?>) methodConfigs.get(0);
    assertEquals(LeadflowRetries.readMethods().size(), ((List<?>) methodConfig.get("name")).size());
    assertTrue(
        ((List<?>) methodConfig.get("name"))
            .contains(Map.of("service", "leadflow.v1.LeadService", "method", "GetLead")));
    Map<?, ?> policy = (Map<?, ?>) methodConfig.get("retryPolicy");
    assertEquals(5.0, policy.get("maxAttempts"));
    assertEquals("1.0s", policy.get("initialBackoff"));
    assertEquals("5.0s", policy.get("maxBackoff"));
    assertEquals(2.0, policy.get("backoffMultiplier"));
    assertEquals(List.of("UNAVAILABLE"), policy.get("retryableStatusCodes"));
  }

  @Test
  void aWriteIsRepeatableWithARequestIdOrAnEtag() {
    assertTrue(LeadflowRetries.repeatableWrite(CreateLeadRequest.newBuilder().setRequestId("r").build()));
    assertTrue(LeadflowRetries.repeatableWrite(ConvertLeadRequest.newBuilder().setRequestId("r").build()));
    assertTrue(LeadflowRetries.repeatableWrite(DeleteLeadRequest.newBuilder().setEtag("e").build()));
    assertTrue(
        LeadflowRetries.repeatableWrite(
            UpdateLeadRequest.newBuilder().setLead(Lead.newBuilder().setEtag("e")).build()));

    assertFalse(
        LeadflowRetries.repeatableWrite(
            CreateLeadRequest.newBuilder().setLead(Lead.newBuilder().setLastName("x")).build()));
    assertFalse(
        LeadflowRetries.repeatableWrite(
            UpdateLeadRequest.newBuilder().setLead(Lead.newBuilder().setName("leads/1")).build()));
    assertFalse(LeadflowRetries.repeatableWrite("not a message"));
  }
}
