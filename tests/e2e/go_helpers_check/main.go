// The Go client's helpers against a real Leadflow server; run by
// tests/e2e/go_example_test.sh. The server is $LEADFLOW_TARGET, the bearer
// token $LEADFLOW_TOKEN.
//
//	go-helpers-check helpers
//	    creates seven leads, lists them back in pages of three with
//	    leadflow.All, and reads a refusal with leadflow.Details
//	go-helpers-check read [--no-retries] LEAD_NAME
//	    one GetLead through leadflow.WithRetries (or without, to show an
//	    outage is real), started while the server is down
//
// Prints one line per check.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/code"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"leadflow.dev/sdk/go/leadflow"
	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

// readTimeout is longer than the outage the test makes and shorter than
// its patience.
const readTimeout = 20 * time.Second

func main() {
	args := os.Args[1:]
	var err error
	switch {
	case len(args) == 1 && args[0] == "helpers":
		err = helpers()
	case len(args) == 2 && args[0] == "read":
		os.Exit(read(args[1], true))
	case len(args) == 3 && args[0] == "read" && args[1] == "--no-retries":
		os.Exit(read(args[2], false))
	default:
		fmt.Fprintf(os.Stderr, "usage: %s helpers | read [--no-retries] LEAD_NAME\n", os.Args[0])
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}

func connect(retries bool) (*grpc.ClientConn, error) {
	options := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if token := os.Getenv("LEADFLOW_TOKEN"); token != "" {
		options = append(options, leadflow.WithInsecureToken(token))
	}
	if retries {
		options = append(options, leadflow.WithRetries()...)
	}
	return grpc.NewClient(os.Getenv("LEADFLOW_TARGET"), options...)
}

func helpers() error {
	conn, err := connect(true)
	if err != nil {
		return err
	}
	defer conn.Close()
	leads := leadflowv1.NewLeadServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	company := "Paging Check " + randomHex()
	for i := range 7 {
		_, err := leads.CreateLead(ctx, &leadflowv1.CreateLeadRequest{
			Lead:      &leadflowv1.Lead{LastName: fmt.Sprintf("Pager%d", i), Company: company},
			RequestId: randomHex(),
		})
		if err != nil {
			return err
		}
	}
	request := &leadflowv1.ListLeadsRequest{
		Filter: fmt.Sprintf("company = %q", company), OrderBy: "last_name", PageSize: 3,
	}
	var names []string
	for lead, err := range leadflow.All(ctx, leads.ListLeads, request, (*leadflowv1.ListLeadsResponse).GetLeads) {
		if err != nil {
			return err
		}
		names = append(names, lead.GetLastName())
	}
	fmt.Printf("listed %d leads in pages of 3: %s\n", len(names), strings.Join(names, ","))

	_, err = leads.UpdateLead(ctx, &leadflowv1.UpdateLeadRequest{
		Lead:       &leadflowv1.Lead{Name: "leads/not-a-lead-id!", LastName: "X"},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"last_name"}},
	})
	if err == nil {
		return fmt.Errorf("an update of a malformed name was accepted")
	}
	details := leadflow.Details(err)
	fmt.Printf("refused code=%s reason=%s fields=%s\n", code.Code(details.Code),
		details.Reason, strings.Join(details.Fields(), ","))
	return nil
}

func read(name string, retries bool) int {
	conn, err := connect(retries)
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), readTimeout)
	defer cancel()
	lead, err := leadflowv1.NewLeadServiceClient(conn).GetLead(ctx, &leadflowv1.GetLeadRequest{Name: name})
	if err != nil {
		fmt.Printf("failed %s\n", code.Code(leadflow.Details(err).Code))
		return 1
	}
	fmt.Printf("read %s last_name=%s\n", lead.GetName(), lead.GetLastName())
	return 0
}

func randomHex() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
