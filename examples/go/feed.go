package main

import (
	"context"
	"fmt"
	"time"

	"google.golang.org/protobuf/types/known/durationpb"

	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

// watchTimeout bounds the change-feed watch: the consumer cancels it once it
// has seen the conversion, the deadline only matters should that never come.
const watchTimeout = time.Minute

// feedConsumer follows the change feed (EventService.WatchEvents) in its own
// goroutine while the story converts the lead. Services react to Leadflow
// this way instead of polling the List calls; this one runs from just before
// the conversion until the lead's LEAD_CONVERTED, which comes right after the
// events of the account, contact and opportunity that the conversion created
// or linked (its Conversion field names them).
type feedConsumer struct {
	lead    string
	cancel  context.CancelFunc
	started chan struct{} // closed at the stream's first message
	done    chan struct{} // closed when the goroutine returns

	// Written by the goroutine; read once done is closed.
	events []*leadflowv1.Event // every event seen, in order
	// The cursor: the sequence of the last event processed. A real consumer
	// stores it with what it did with the event; after a restart or a broken
	// stream it resumes right after it, missing nothing and seeing nothing
	// twice:
	//	client.WatchEvents(ctx, &leadflowv1.WatchEventsRequest{AfterSequence: cursor})
	cursor int64
	err    error
}

// startFeedConsumer starts following the feed from its newest event on, until
// lead's LEAD_CONVERTED.
func startFeedConsumer(client leadflowv1.EventServiceClient, lead string) *feedConsumer {
	ctx, cancel := context.WithTimeout(context.Background(), watchTimeout)
	c := &feedConsumer{lead: lead, cancel: cancel, started: make(chan struct{}), done: make(chan struct{})}
	go c.follow(ctx, client)
	return c
}

func (c *feedConsumer) follow(ctx context.Context, client leadflowv1.EventServiceClient) {
	defer close(c.done)
	defer c.cancel() // ends the stream
	// StartAtLatest: only changes committed from now on. While nothing
	// happens, a heartbeat comes every second.
	stream, err := client.WatchEvents(ctx, &leadflowv1.WatchEventsRequest{
		StartAtLatest:     true,
		HeartbeatInterval: durationpb.New(time.Second),
	})
	if err != nil {
		c.err = err
		return
	}
	for first := true; ; first = false {
		response, err := stream.Recv()
		if err != nil {
			c.err = err // io.EOF if the server ended the stream
			return
		}
		if first {
			close(c.started)
		}
		for _, event := range response.GetEvents() {
			c.events = append(c.events, event)
			c.cursor = event.GetSequence()
			if event.GetType() == leadflowv1.Event_LEAD_CONVERTED && event.GetResource() == c.lead {
				return
			}
		}
		// A heartbeat (no events) advances the cursor as well.
		c.cursor = max(c.cursor, response.GetCheckpointSequence())
	}
}

// waitStarted waits for the stream's first message: the watch has started,
// so nothing committed from now on can slip in before its starting point.
func (c *feedConsumer) waitStarted() error {
	select {
	case <-c.started:
		return nil
	case <-c.done:
		if c.err != nil {
			return fmt.Errorf("WatchEvents: %w", c.err)
		}
		return nil
	case <-time.After(callTimeout):
		c.cancel()
		return fmt.Errorf("WatchEvents sent nothing in %v", callTimeout)
	}
}

// waitConverted waits until the consumer has seen the lead's LEAD_CONVERTED
// and returns the events it saw.
func (c *feedConsumer) waitConverted() ([]*leadflowv1.Event, error) {
	select {
	case <-c.done:
	case <-time.After(callTimeout):
		c.cancel()
		<-c.done
		return nil, fmt.Errorf("no LEAD_CONVERTED for %s on the change feed in %v", c.lead, callTimeout)
	}
	if c.err != nil {
		return nil, fmt.Errorf("WatchEvents: %w", c.err)
	}
	return c.events, nil
}
