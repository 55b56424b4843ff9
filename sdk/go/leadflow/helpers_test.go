package leadflow

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

// flakyLeads fails the first `failures` calls of each method with
// UNAVAILABLE, and pages ListLeads two leads at a time.
type flakyLeads struct {
	leadflowv1.UnimplementedLeadServiceServer
	failures int
	mu       sync.Mutex
	attempts map[string]int
}

func (f *flakyLeads) attempt(method string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.attempts[method]++
	if f.attempts[method] <= f.failures {
		return status.Error(codes.Unavailable, "restarting")
	}
	return nil
}

func (f *flakyLeads) GetLead(_ context.Context, r *leadflowv1.GetLeadRequest) (*leadflowv1.Lead, error) {
	if err := f.attempt("GetLead"); err != nil {
		return nil, err
	}
	return &leadflowv1.Lead{Name: r.GetName()}, nil
}

func (f *flakyLeads) CreateLead(_ context.Context, r *leadflowv1.CreateLeadRequest) (*leadflowv1.Lead, error) {
	if err := f.attempt("CreateLead"); err != nil {
		return nil, err
	}
	if r.GetLead().GetLastName() == "" {
		st, _ := status.New(codes.InvalidArgument, "lead.last_name: is required").WithDetails(
			&errdetails.ErrorInfo{Reason: "FIELD_INVALID", Domain: "leadflow.v1"},
			&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
				{Field: "lead.last_name", Description: "is required"}}})
		return nil, st.Err()
	}
	return &leadflowv1.Lead{Name: "leads/1", LastName: r.GetLead().GetLastName()}, nil
}

func (f *flakyLeads) ListLeads(_ context.Context, r *leadflowv1.ListLeadsRequest) (*leadflowv1.ListLeadsResponse, error) {
	pages := map[string]*leadflowv1.ListLeadsResponse{
		"":   {Leads: []*leadflowv1.Lead{{Name: "leads/1"}, {Name: "leads/2"}}, NextPageToken: "p2"},
		"p2": {Leads: []*leadflowv1.Lead{{Name: "leads/3"}, {Name: "leads/4"}}, NextPageToken: "p3"},
		"p3": {Leads: []*leadflowv1.Lead{{Name: "leads/5"}}},
	}
	return pages[r.GetPageToken()], nil
}

func serve(t *testing.T, failures int, options ...grpc.DialOption) (*flakyLeads, leadflowv1.LeadServiceClient) {
	t.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fake := &flakyLeads{failures: failures, attempts: map[string]int{}}
	server := grpc.NewServer()
	leadflowv1.RegisterLeadServiceServer(server, fake)
	go func() { _ = server.Serve(listener) }()
	t.Cleanup(server.Stop)
	conn, err := grpc.NewClient(listener.Addr().String(),
		append([]grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}, options...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return fake, leadflowv1.NewLeadServiceClient(conn)
}

func context10s(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestRetriesRepeatReadsAndWritesThatCannotHappenTwice(t *testing.T) {
	fake, leads := serve(t, 2, WithRetries()...)
	ctx := context10s(t)
	if _, err := leads.GetLead(ctx, &leadflowv1.GetLeadRequest{Name: "leads/7"}); err != nil {
		t.Fatalf("GetLead: %v", err)
	}
	if _, err := leads.CreateLead(ctx, &leadflowv1.CreateLeadRequest{
		Lead: &leadflowv1.Lead{LastName: "Lovelace"}, RequestId: "r-1"}); err != nil {
		t.Fatalf("CreateLead with a request id: %v", err)
	}
	if fake.attempts["GetLead"] != 3 || fake.attempts["CreateLead"] != 3 {
		t.Fatalf("attempts %v, want 3 of each", fake.attempts)
	}
}

func TestRetriesLeaveWritesWithoutARequestIdAlone(t *testing.T) {
	fake, leads := serve(t, 1, WithRetries()...)
	_, err := leads.CreateLead(context10s(t), &leadflowv1.CreateLeadRequest{Lead: &leadflowv1.Lead{LastName: "Once"}})
	if status.Code(err) != codes.Unavailable || fake.attempts["CreateLead"] != 1 {
		t.Fatalf("got %v after %d attempts, want UNAVAILABLE after 1", err, fake.attempts["CreateLead"])
	}
}

func TestRetriesStopAtFiveAttempts(t *testing.T) {
	fake, leads := serve(t, 10, WithRetries()...)
	_, err := leads.CreateLead(context10s(t), &leadflowv1.CreateLeadRequest{
		Lead: &leadflowv1.Lead{LastName: "Lovelace"}, RequestId: "r-2"})
	if status.Code(err) != codes.Unavailable || fake.attempts["CreateLead"] != 5 {
		t.Fatalf("got %v after %d attempts, want UNAVAILABLE after 5", err, fake.attempts["CreateLead"])
	}
}

func TestAllFollowsEveryPage(t *testing.T) {
	_, leads := serve(t, 0)
	var names []string
	for lead, err := range All(context10s(t), leads.ListLeads, &leadflowv1.ListLeadsRequest{PageSize: 2},
		(*leadflowv1.ListLeadsResponse).GetLeads) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, lead.GetName())
	}
	if len(names) != 5 || names[4] != "leads/5" {
		t.Fatalf("got %v, want leads/1..leads/5", names)
	}
}

func TestDetailsReadTheReasonAndTheFields(t *testing.T) {
	_, leads := serve(t, 0)
	_, err := leads.CreateLead(context10s(t), &leadflowv1.CreateLeadRequest{Lead: &leadflowv1.Lead{}})
	details := Details(err)
	if details.Code != codes.InvalidArgument || details.Reason != "FIELD_INVALID" ||
		len(details.Fields()) != 1 || details.Fields()[0] != "lead.last_name" {
		t.Fatalf("got %+v", details)
	}
}
