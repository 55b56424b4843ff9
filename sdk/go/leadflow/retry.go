package leadflow

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

// The retry policy, the same in every Leadflow client: five attempts,
// exponential backoff. gRPC draws each pause at random between zero and
// its cap: [0, 0.5], [0, 1], [0, 2] and [0, 4] s, 7.5 s at most.
const (
	maxAttempts       = 5
	initialBackoff    = 500 * time.Millisecond
	maxBackoff        = 5 * time.Second
	backoffMultiplier = 2
)

// WithRetries returns dial options under which a call that fails with
// UNAVAILABLE (a server restarting, a connection lost) is attempted again,
// with backoff, when that cannot do anything twice: every read (a method
// whose scope ends in ".read"), retried by gRPC through the connection's
// service config, and every write that carries a request_id or an etag
// (the server answers a repeat with the first reply, or refuses it as
// stale), retried by an interceptor, since a service config cannot look at
// a request. Other writes fail at once.
//
// Reads also wait for the server (waitForReady) while the connection cannot
// be made, up to their deadline: five quick attempts alone may all be spent
// before a restarting server listens again. Give every read a deadline.
//
//	conn, err := grpc.NewClient(target, append(options, leadflow.WithRetries()...)...)
func WithRetries() []grpc.DialOption {
	return []grpc.DialOption{
		grpc.WithDefaultServiceConfig(retryServiceConfig()),
		grpc.WithChainUnaryInterceptor(retryWrites),
	}
}

// readMethods are the full names ("/leadflow.v1.LeadService/GetLead") of
// every read of the leadflow.v1 services.
func readMethods() map[string]bool {
	reads := map[string]bool{}
	protoregistry.GlobalFiles.RangeFilesByPackage("leadflow.v1", func(file protoreflect.FileDescriptor) bool {
		services := file.Services()
		for i := 0; i < services.Len(); i++ {
			methods := services.Get(i).Methods()
			for j := 0; j < methods.Len(); j++ {
				method := methods.Get(j)
				scope, _ := proto.GetExtension(method.Options(), leadflowv1.E_RequiredScope).(string)
				if strings.HasSuffix(scope, ".read") {
					reads["/"+string(services.Get(i).FullName())+"/"+string(method.Name())] = true
				}
			}
		}
		return true
	})
	return reads
}

var reads = readMethods()

func retryServiceConfig() string {
	type name struct {
		Service string `json:"service"`
		Method  string `json:"method"`
	}
	var names []name
	for full := range reads {
		parts := strings.Split(strings.TrimPrefix(full, "/"), "/")
		names = append(names, name{Service: parts[0], Method: parts[1]})
	}
	config := map[string]any{
		"methodConfig": []any{map[string]any{
			"name":         names,
			"waitForReady": true,
			"retryPolicy": map[string]any{
				"maxAttempts":          maxAttempts,
				"initialBackoff":       fmt.Sprintf("%gs", initialBackoff.Seconds()),
				"maxBackoff":           fmt.Sprintf("%gs", maxBackoff.Seconds()),
				"backoffMultiplier":    backoffMultiplier,
				"retryableStatusCodes": []string{"UNAVAILABLE"},
			},
		}},
	}
	out, err := json.Marshal(config)
	if err != nil {
		panic(err) // a fixed structure of strings and numbers always marshals
	}
	return string(out)
}

// repeatableWrite reports whether a write carries a request_id or an etag,
// its own or its resource's (UpdateLeadRequest.lead.etag).
func repeatableWrite(request any) bool {
	message, ok := request.(proto.Message)
	if !ok {
		return false
	}
	found := false
	message.ProtoReflect().Range(func(field protoreflect.FieldDescriptor, value protoreflect.Value) bool {
		switch {
		case (field.Name() == "request_id" || field.Name() == "etag") && value.String() != "":
			found = true
		case field.Kind() == protoreflect.MessageKind && !field.IsList() && !field.IsMap():
			inner := value.Message()
			if etag := inner.Descriptor().Fields().ByName("etag"); etag != nil && inner.Get(etag).String() != "" {
				found = true
			}
		}
		return !found
	})
	return found
}

func retryWrites(ctx context.Context, method string, request, reply any, conn *grpc.ClientConn,
	invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	if !strings.HasPrefix(method, "/leadflow.v1.") || reads[method] || !repeatableWrite(request) {
		return invoker(ctx, method, request, reply, conn, opts...)
	}
	delay := initialBackoff
	for attempt := 1; ; attempt++ {
		err := invoker(ctx, method, request, reply, conn, opts...)
		if status.Code(err) != codes.Unavailable || attempt == maxAttempts {
			return err
		}
		pause := time.Duration(rand.Int64N(int64(delay)) + 1) // jitter, so clients spread out
		timer := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			timer.Stop()
			return err
		case <-timer.C:
		}
		delay = min(delay*backoffMultiplier, maxBackoff)
	}
}
