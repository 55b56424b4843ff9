// Walks one lead through Leadflow with the Go SDK: a web-form lead is
// contacted, agrees to a meeting, is converted into an account, a contact
// and an opportunity (while a change-feed consumer in another goroutine
// follows the events the conversion commits, see feed.go), and the
// opportunity is won. Then it shows how to read the rich error details of a
// refused request.
//
//	go run . [HOST:PORT]
//
// The server is HOST:PORT, else $LEADFLOW_TARGET, else 127.0.0.1:50051.
// Every call sends the bearer token in $LEADFLOW_TOKEN, when set.
// $LEADFLOW_TLS_CA (a PEM file: the CA that signed the server's certificate)
// switches to TLS; $LEADFLOW_TLS_CERT and $LEADFLOW_TLS_KEY add a client
// certificate (mutual TLS).
//
// Each step prints one line of stable text (resource ids vary); the
// conversion also prints the events the feed consumer saw, one per line.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"google.golang.org/genproto/googleapis/rpc/code"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"leadflow.dev/sdk/go/leadflow"
	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

// callTimeout bounds every call: a client should always set a deadline.
const callTimeout = 10 * time.Second

func main() {
	if len(os.Args) > 2 {
		fmt.Fprintf(os.Stderr, "usage: %s [HOST:PORT]\n", os.Args[0])
		os.Exit(2)
	}
	target := os.Getenv("LEADFLOW_TARGET")
	if len(os.Args) == 2 {
		target = os.Args[1]
	} else if target == "" {
		target = "127.0.0.1:50051"
	}
	options, err := dialOptions()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
	// Reads, and writes with a request id or an etag, are attempted again
	// after UNAVAILABLE (a server restarting).
	conn, err := grpc.NewClient(target, append(options, leadflow.WithRetries()...)...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "connect %s: %v\n", target, err)
		os.Exit(1)
	}
	defer conn.Close()

	if err := run(leadflowv1.NewLeadServiceClient(conn), leadflowv1.NewOpportunityServiceClient(conn),
		leadflowv1.NewEventServiceClient(conn)); err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}

// dialOptions: TLS when $LEADFLOW_TLS_CA names a CA, else plaintext (for a
// server on loopback); the token of $LEADFLOW_TOKEN on every call.
func dialOptions() ([]grpc.DialOption, error) {
	token := os.Getenv("LEADFLOW_TOKEN")
	if ca := os.Getenv("LEADFLOW_TLS_CA"); ca != "" {
		creds, err := leadflow.TLS(ca, os.Getenv("LEADFLOW_TLS_CERT"), os.Getenv("LEADFLOW_TLS_KEY"))
		if err != nil {
			return nil, err
		}
		options := []grpc.DialOption{grpc.WithTransportCredentials(creds)}
		if token != "" {
			options = append(options, leadflow.WithToken(token))
		}
		return options, nil
	}
	options := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if token != "" {
		options = append(options, leadflow.WithInsecureToken(token))
	}
	return options, nil
}

func run(leads leadflowv1.LeadServiceClient, opportunities leadflowv1.OpportunityServiceClient,
	events leadflowv1.EventServiceClient) error {
	// 1. A lead arrives from the pricing page's contact form. The request id
	//    makes the create safe to retry.
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	lead, err := leads.CreateLead(ctx, &leadflowv1.CreateLeadRequest{
		Lead: &leadflowv1.Lead{
			FirstName:  "Ada",
			LastName:   "Lovelace",
			Company:    "Analytical Engines Ltd",
			Email:      "ada@analytical-engines.example",
			LeadSource: "Web",
			SourceDetail: &leadflowv1.LeadSourceDetail{
				Detail: &leadflowv1.LeadSourceDetail_WebForm_{WebForm: &leadflowv1.LeadSourceDetail_WebForm{
					Form:       "pricing-page-contact",
					Submission: "sub-" + newID()[:12],
				}},
			},
		},
		RequestId: newID(),
	})
	if err != nil {
		return fmt.Errorf("CreateLead: %w", err)
	}
	fmt.Printf("created %s status=%s\n", lead.GetName(), lead.GetStatus())

	// 2. A seller calls them. Only the masked field changes; the etag makes
	//    the update fail (ABORTED) if someone else changed the lead meanwhile.
	lead, err = updateLead(leads, &leadflowv1.Lead{
		Name: lead.GetName(), Etag: lead.GetEtag(), Status: "Working - Contacted",
	}, "status")
	if err != nil {
		return fmt.Errorf("UpdateLead status: %w", err)
	}
	fmt.Printf("updated status=%s\n", lead.GetStatus())

	// 3. They agree to a formal meeting: a qualification signal.
	lead, err = updateLead(leads, &leadflowv1.Lead{
		Name: lead.GetName(), Etag: lead.GetEtag(), MeetingAgreed: true,
	}, "meeting_agreed")
	if err != nil {
		return fmt.Errorf("UpdateLead meeting_agreed: %w", err)
	}
	fmt.Printf("meeting agreed=%t\n", lead.GetMeetingAgreed())

	// 4. Qualified: convert it into an account, a contact and an opportunity,
	//    in one transaction. A retry with the same request id returns the
	//    first reply. A change-feed consumer follows along from just before.
	feed := startFeedConsumer(events, lead.GetName())
	if err := feed.waitStarted(); err != nil {
		return err
	}
	ctx, cancel = context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	converted, err := leads.ConvertLead(ctx, &leadflowv1.ConvertLeadRequest{
		Name:      lead.GetName(),
		RequestId: newID(),
	})
	if err != nil {
		return fmt.Errorf("ConvertLead: %w", err)
	}
	fmt.Printf("converted account=%s contact=%s opportunity=%s\n",
		converted.GetAccount().GetName(), converted.GetContact().GetName(), converted.GetOpportunity().GetName())
	seen, err := feed.waitConverted()
	if err != nil {
		return err
	}
	for _, event := range seen {
		fmt.Printf("event %d %s %s\n", event.GetSequence(), event.GetType(), event.GetResource())
	}

	// 5. The deal is won. Moving the stage sets probability and forecast
	//    category to the stage's defaults.
	ctx, cancel = context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	opportunity, err := opportunities.UpdateOpportunity(ctx, &leadflowv1.UpdateOpportunityRequest{
		Opportunity: &leadflowv1.Opportunity{
			Name:  converted.GetOpportunity().GetName(),
			Etag:  converted.GetOpportunity().GetEtag(),
			Stage: "Closed Won",
		},
		UpdateMask: &fieldmaskpb.FieldMask{Paths: []string{"stage"}},
	})
	if err != nil {
		return fmt.Errorf("UpdateOpportunity: %w", err)
	}
	fmt.Printf("won stage=%s probability=%d forecast=%s\n",
		opportunity.GetStage(), opportunity.GetProbability(), opportunity.GetForecastCategory())

	// 6. A refused request: a lead without last_name. The reason and the
	//    offending field travel as google.rpc details in the
	//    grpc-status-details-bin trailer; leadflow.Details decodes them.
	ctx, cancel = context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	_, err = leads.CreateLead(ctx, &leadflowv1.CreateLeadRequest{
		Lead: &leadflowv1.Lead{Company: "Nameless Inc", LeadSource: "Web"},
	})
	if err == nil {
		return errors.New("CreateLead without last_name was accepted")
	}
	fmt.Println(describeRefusal(err))
	return nil
}

// updateLead changes the fields of lead named in paths, conditionally on
// lead.Etag.
func updateLead(leads leadflowv1.LeadServiceClient, lead *leadflowv1.Lead, paths ...string) (*leadflowv1.Lead, error) {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	return leads.UpdateLead(ctx, &leadflowv1.UpdateLeadRequest{
		Lead:       lead,
		UpdateMask: &fieldmaskpb.FieldMask{Paths: paths},
	})
}

// describeRefusal renders a Leadflow error as
// "refused code=CODE reason=REASON field=FIELD...". Programs branch on the
// reason (a leadflowv1.ErrorReason name), never on the message text.
func describeRefusal(err error) string {
	details := leadflow.Details(err)
	// code.Code names codes as the gRPC spec does (INVALID_ARGUMENT);
	// codes.Code.String() would say InvalidArgument.
	line := fmt.Sprintf("refused code=%s reason=%s", code.Code(details.Code), details.Reason)
	for _, field := range details.Fields() {
		line += " field=" + field
	}
	return line
}

// newID returns a random 128-bit id in hex, for request ids.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on Linux
	}
	return hex.EncodeToString(b[:])
}
