package leadflow

import (
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// FieldViolation is a request field the server refused, and why.
type FieldViolation struct {
	Field       string
	Description string
}

// PreconditionViolation is a state of the system that kept a call from
// going ahead.
type PreconditionViolation struct {
	Type        string
	Subject     string
	Description string
}

// ErrorDetails is what a failed Leadflow call says about itself: the
// google.rpc.Status the server sends in the grpc-status-details-bin trailer.
type ErrorDetails struct {
	Code    codes.Code
	Message string
	// Reason is the leadflowv1.ErrorReason name (e.g. "FIELD_INVALID"), ""
	// when the error carries none (one that did not come from Leadflow).
	Reason string
	// Metadata of the ErrorInfo, e.g. {"oldest_sequence": "42"}.
	Metadata               map[string]string
	FieldViolations        []FieldViolation
	PreconditionViolations []PreconditionViolation
	ResourceType           string
	ResourceName           string
	// RetryDelay is how long the server asked to wait; 0 when it did not.
	RetryDelay time.Duration
}

// Fields are the names of the fields in FieldViolations, in order.
func (d ErrorDetails) Fields() []string {
	fields := make([]string, 0, len(d.FieldViolations))
	for _, violation := range d.FieldViolations {
		fields = append(fields, violation.Field)
	}
	return fields
}

// Details reads everything err, the error of a call, says about why it
// failed. An error that is not a gRPC status gives Code Unknown and its text.
func Details(err error) ErrorDetails {
	st, ok := status.FromError(err)
	if !ok {
		return ErrorDetails{Code: codes.Unknown, Message: err.Error()}
	}
	details := ErrorDetails{Code: st.Code(), Message: st.Message()}
	for _, detail := range st.Details() {
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			details.Reason = d.GetReason()
			details.Metadata = d.GetMetadata()
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				details.FieldViolations = append(details.FieldViolations,
					FieldViolation{Field: v.GetField(), Description: v.GetDescription()})
			}
		case *errdetails.PreconditionFailure:
			for _, v := range d.GetViolations() {
				details.PreconditionViolations = append(details.PreconditionViolations,
					PreconditionViolation{Type: v.GetType(), Subject: v.GetSubject(), Description: v.GetDescription()})
			}
		case *errdetails.ResourceInfo:
			details.ResourceType = d.GetResourceType()
			details.ResourceName = d.GetResourceName()
		case *errdetails.RetryInfo:
			details.RetryDelay = d.GetRetryDelay().AsDuration()
		}
	}
	return details
}
