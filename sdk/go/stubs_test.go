// Checks that the generated leadflow/v1 stubs link against the upstream
// googleapis Go packages: the protos import our copies of google/api,
// google/rpc and google/type, and those must resolve to the files that
// google.golang.org/genproto registers under the same paths.
package sdk_test

import (
	"path/filepath"
	"testing"

	"google.golang.org/genproto/googleapis/api/annotations"
	"google.golang.org/genproto/googleapis/type/date"
	"google.golang.org/genproto/googleapis/type/money"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"

	leadflowv1 "leadflow.dev/sdk/go/leadflow/v1"
)

func TestEveryImportResolves(t *testing.T) {
	files := 0
	protoregistry.GlobalFiles.RangeFilesByPackage("leadflow.v1", func(f protoreflect.FileDescriptor) bool {
		files++
		imports := f.Imports()
		for i := 0; i < imports.Len(); i++ {
			if imp := imports.Get(i); imp.IsPlaceholder() {
				t.Errorf("%s: import %s is not registered", f.Path(), imp.Path())
			}
		}
		return true
	})
	// Every proto of the package is generated and registered.
	protos, err := filepath.Glob("../../protos/leadflow/v1/*.proto")
	if err != nil || len(protos) == 0 {
		t.Fatalf("cannot list protos/leadflow/v1: %v", err)
	}
	if files != len(protos) {
		t.Errorf("leadflow.v1 has %d registered files, want %d (one per proto)", files, len(protos))
	}
}

func TestGoogleTypesAreUpstream(t *testing.T) {
	lead := (&leadflowv1.Lead{}).ProtoReflect().Descriptor()
	if got, want := lead.Fields().ByName("annual_revenue").Message(), (&money.Money{}).ProtoReflect().Descriptor(); got != want {
		t.Errorf("Lead.annual_revenue is %v, want genproto's %v", got.FullName(), want.FullName())
	}
	opportunity := (&leadflowv1.Opportunity{}).ProtoReflect().Descriptor()
	if got, want := opportunity.Fields().ByName("close_date").Message(), (&date.Date{}).ProtoReflect().Descriptor(); got != want {
		t.Errorf("Opportunity.close_date is %v, want genproto's %v", got.FullName(), want.FullName())
	}
}

func TestFieldBehaviorAnnotationReads(t *testing.T) {
	lastName := (&leadflowv1.Lead{}).ProtoReflect().Descriptor().Fields().ByName("last_name")
	behaviors := proto.GetExtension(lastName.Options().(*descriptorpb.FieldOptions), annotations.E_FieldBehavior).([]annotations.FieldBehavior)
	if len(behaviors) != 1 || behaviors[0] != annotations.FieldBehavior_REQUIRED {
		t.Errorf("Lead.last_name field_behavior = %v, want [REQUIRED]", behaviors)
	}
}

func TestServicesRegistered(t *testing.T) {
	for _, name := range []string{
		leadflowv1.LeadService_ServiceDesc.ServiceName,
		leadflowv1.AccountService_ServiceDesc.ServiceName,
		leadflowv1.OpportunityService_ServiceDesc.ServiceName,
		leadflowv1.EventService_ServiceDesc.ServiceName,
	} {
		if _, err := protoregistry.GlobalFiles.FindDescriptorByName(protoreflect.FullName(name)); err != nil {
			t.Errorf("service %s: %v", name, err)
		}
	}
}
