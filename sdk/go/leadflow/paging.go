package leadflow

import (
	"context"
	"iter"

	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// PageResponse is the response of a List call: a page of items and the
// token of the next page ("" on the last).
type PageResponse interface {
	proto.Message
	GetNextPageToken() string
}

// All yields every item of the List call `call` (a method of a generated
// client, e.g. leads.ListLeads), page after page, asking for the next page
// only when the loop gets there. `items` takes a page's items out (e.g.
// (*leadflowv1.ListLeadsResponse).GetLeads). request is not changed; its
// page_token says where to start. A failed page ends the sequence with its
// error:
//
//	for lead, err := range leadflow.All(ctx, leads.ListLeads, request,
//		(*leadflowv1.ListLeadsResponse).GetLeads) {
//		if err != nil { return err }
//		fmt.Println(lead.GetName())
//	}
func All[Req proto.Message, Resp PageResponse, Item any](
	ctx context.Context,
	call func(context.Context, Req, ...grpc.CallOption) (Resp, error),
	request Req,
	items func(Resp) []Item,
	opts ...grpc.CallOption,
) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		page := proto.Clone(request).(Req)
		token := page.ProtoReflect().Descriptor().Fields().ByName("page_token")
		for {
			response, err := call(ctx, page, opts...)
			if err != nil {
				var none Item
				yield(none, err)
				return
			}
			for _, item := range items(response) {
				if !yield(item, nil) {
					return
				}
			}
			next := response.GetNextPageToken()
			if next == "" || token == nil {
				return
			}
			page.ProtoReflect().Set(token, protoreflect.ValueOfString(next))
		}
	}
}
